import { type JsonKey, valueAt } from '../../core/editAtPath';
import type { DraftRefusal, MetadataDraftState, MetadataPath } from './metadataDraftState';

/**
 * What an action does to a path: `write` replaces what is there (and so everything below it),
 * `remove` takes the member out, `insert` adds a member inside the container at the path.
 */
export type DraftAccess = 'write' | 'remove' | 'insert';

/**
 * Why `path` may not be changed that way, or `undefined` when it may. Nothing inside a read-only path
 * changes. A write or removal is refused on a container holding one (it would take the read-only member
 * with it), and so is adding or removing an item of an array holding one (read-only paths name items
 * by index, which that would shift). Private metadata needs revealing first; a withheld category is never edited.
 */
export function draftRefusal(state: MetadataDraftState, path: MetadataPath, access: DraftAccess): DraftRefusal | undefined {
  const [category] = path;
  if (state.withheld.includes(category)) return 'withheld';
  if (category === 'private_metadata' && !state.privateRevealed) return 'private-masked';
  if (!state.readOnlyPaths.length) return undefined;
  // The container whose items would shift: the one inserted into, or the one removed from.
  const shifted = access === 'insert' ? path : access === 'remove' ? path.slice(0, -1) : undefined;
  const shiftsItems = shifted !== undefined && Array.isArray(valueAt(state.draft[category], shifted.slice(1)));
  const locked = state.readOnlyPaths.some(
    (readOnly) =>
      startsWith(path, readOnly) ||
      (access !== 'insert' && startsWith(readOnly, path)) ||
      (shiftsItems && startsWith(readOnly, shifted)),
  );
  return locked ? 'read-only' : undefined;
}

/** True when `path` is `prefix` or lies inside it. */
export function startsWith(path: readonly JsonKey[], prefix: readonly JsonKey[]): boolean {
  if (prefix.length > path.length) return false;
  for (let index = 0; index < prefix.length; index++) if (path[index] !== prefix[index]) return false;
  return true;
}
