import type { MetadataChange, MetadataChangeKind } from '../../core/diffMetadata';
import { jsonPath } from '../jsonTree/jsonPath';

/** A row's mark in the diff: its own change, or `inside` for a container holding changes. */
export type ChangeMarker = MetadataChangeKind | 'inside';

/**
 * The diff as a lookup for tree rows: each changed path (as `jsonPath` writes it, category first) to
 * its kind, and each container above a change to `inside`, so a collapsed row still shows that
 * something below it changed. Costs the changes times their depth, not the document's size.
 */
export function changeMarkers(changes: readonly MetadataChange[]): Map<string, ChangeMarker> {
  const markers = new Map<string, ChangeMarker>();
  for (const change of changes) {
    // Each path from the category down, written once: each is the one before it and a key.
    const paths: string[] = [];
    for (const key of change.path) paths.push(jsonPath([key], paths.at(-1)));
    markers.set(paths.pop() as string, change.kind);
    for (let index = paths.length - 1; index >= 0 && !markers.has(paths[index] as string); index--) {
      markers.set(paths[index] as string, 'inside');
    }
  }
  return markers;
}

/**
 * The change `direction` steps from `current` (an index into the changes, or -1 for none yet),
 * wrapping around at either end; -1 when there are no changes.
 */
export function adjacentChange(count: number, current: number, direction: 'next' | 'previous'): number {
  if (!count) return -1;
  if (current < 0) return direction === 'next' ? 0 : count - 1;
  return (current + (direction === 'next' ? 1 : count - 1)) % count;
}
