import type { JsonKey } from './editAtPath';
import { isJsonObject } from './exactJson';
import { jsonEqual } from './jsonEqual';
import { type HankoUserMetadata, METADATA_CATEGORIES, type MetadataCategory } from './HankoUserMetadata';
import type { JsonObject, JsonValue } from './json';

/** How a member differs between two versions of metadata. */
export type MetadataChangeKind = 'added' | 'removed' | 'changed';

/** One difference: the member at `path` (its category first) was added, removed or changed. */
export interface MetadataChange {
  path: readonly [MetadataCategory, ...JsonKey[]];
  kind: MetadataChangeKind;
  /** The value in the base; absent when added. */
  before?: JsonValue;
  /** The value in the draft; absent when removed. */
  after?: JsonValue;
}

/** A diff being computed a slice at a time: `run` goes on until `pause()` says stop, and gives the changes once all are known. */
export interface MetadataDiff {
  run: (pause: () => boolean) => MetadataChange[] | undefined;
}

type Container = JsonObject | JsonValue[];
type ChangePath = [MetadataCategory, ...JsonKey[]];

/** Two containers of one type being compared: the draft's members in order (`keys` for an object), where it stopped. */
interface Frame {
  before: Container;
  after: Container;
  keys: string[] | undefined;
  next: number;
}

/** Members compared between two looks at the clock (by default). */
const MEMBERS_PER_CHECK = 512;

// A plain object first: the ExactNumber check in isJsonObject reads a symbol-keyed property, which
// costs tens of milliseconds over 100,000 objects of many shapes.
const isObject = (value: JsonValue | undefined): value is JsonObject =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  (Object.getPrototypeOf(value) === Object.prototype || isJsonObject(value));

const frameOf = (before: Container, after: Container): Frame => ({
  before,
  after,
  keys: Array.isArray(after) ? undefined : Object.keys(after),
  next: 0,
});

/**
 * The members that differ between `base` and `draft`, as a flat list in tree order: per category,
 * the draft's members in their order, each followed by the base members removed from the same
 * container. Objects and arrays on both sides are compared member by member (arrays index by index),
 * so a change is reported at the deepest path that differs; a value that changes type is one change.
 * A missing category counts as an empty one. Subtrees shared by identity are skipped, which keeps a
 * diff against an edited copy proportional to the edit.
 */
export function diffMetadata(
  base: HankoUserMetadata | null | undefined,
  draft: HankoUserMetadata | null | undefined,
): MetadataChange[] {
  return startMetadataDiff(base, draft).run(() => false) as MetadataChange[];
}

/**
 * `diffMetadata` computed a slice at a time, with a stack of its own: it asks `pause()` every
 * `membersPerCheck` members compared and, when told to, stops and goes on at the next `run`, so two
 * large documents are compared without blocking the page.
 */
export function startMetadataDiff(
  base: HankoUserMetadata | null | undefined,
  draft: HankoUserMetadata | null | undefined,
  membersPerCheck = MEMBERS_PER_CHECK,
): MetadataDiff {
  const changes: MetadataChange[] = [];
  const stack: Frame[] = [];
  // The path of the frame on top of the stack; each change copies it.
  const path: ChangePath = ['public_metadata'];
  let category = 0;
  const run = (pause: () => boolean) => {
    let sincePause = 0;
    for (;;) {
      const frame = stack[stack.length - 1];
      if (!frame) {
        const name = METADATA_CATEGORIES[category++];
        if (!name) return changes;
        path.splice(0, path.length, name);
        const before = base?.[name] ?? {};
        const after = draft?.[name] ?? {};
        if (before !== after) stack.push(frameOf(before, after));
        continue;
      }
      const { before, after, keys } = frame;
      if (frame.next === (keys ? keys.length : (after as JsonValue[]).length)) {
        stack.pop();
        // Looking for removed members reads every member of the base: it counts toward the slice.
        sincePause += addRemoved(before, after, path, changes);
        if (stack.length) path.pop();
      } else {
        const key = keys ? (keys[frame.next] as string) : frame.next;
        frame.next++;
        const child = compareMember(before, after, key, path, changes);
        if (child) {
          path.push(key);
          stack.push(child);
        }
        sincePause++;
      }
      if (sincePause >= membersPerCheck) {
        sincePause = 0;
        if (pause()) return undefined;
      }
    }
  };
  return { run };
}

/**
 * Compares the member `key` of two containers: adds its change, or returns the frame to compare it
 * member by member when both sides are containers of one type.
 */
function compareMember(before: Container, after: Container, key: JsonKey, path: ChangePath, changes: MetadataChange[]): Frame | undefined {
  const next = (after as Record<JsonKey, JsonValue>)[key] as JsonValue;
  const existed = typeof key === 'number' ? key < (before as JsonValue[]).length : Object.hasOwn(before, key);
  if (!existed) {
    changes.push({ path: [...path, key], kind: 'added', after: next });
    return undefined;
  }
  const previous = (before as Record<JsonKey, JsonValue>)[key] as JsonValue;
  if (previous === next) return undefined;
  if ((isObject(previous) && isObject(next)) || (Array.isArray(previous) && Array.isArray(next))) {
    return frameOf(previous, next as Container);
  }
  if (!jsonEqual(previous, next)) changes.push({ path: [...path, key], kind: 'changed', before: previous, after: next });
  return undefined;
}

/**
 * Adds the members of `before` that `after` (a container of the same type) no longer has, and says how
 * many members of `before` it looked at.
 */
function addRemoved(before: Container, after: Container, path: ChangePath, changes: MetadataChange[]): number {
  if (Array.isArray(before)) {
    for (let index = (after as JsonValue[]).length; index < before.length; index++) {
      changes.push({ path: [...path, index], kind: 'removed', before: before[index] as JsonValue });
    }
    return Math.max(0, before.length - (after as JsonValue[]).length);
  }
  const keys = Object.keys(before);
  for (const key of keys) {
    if (!Object.hasOwn(after, key)) changes.push({ path: [...path, key], kind: 'removed', before: before[key] as JsonValue });
  }
  return keys.length;
}
