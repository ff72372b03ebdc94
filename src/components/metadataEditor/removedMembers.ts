import type { MetadataChange } from '../../core/diffMetadata';
import { type JsonKey, updateAt } from '../../core/editAtPath';
import type { MetadataCategory } from '../../core/HankoUserMetadata';
import type { JsonObject, JsonValue } from '../../core/json';
import { setMember } from '../../core/setMember';
import { jsonPath } from '../jsonTree/jsonPath';
import type { ChangeMarker } from './changeMarkers';

/** A category as its tree shows it: the draft, with the members removed from the base back in place. */
interface CategoryWithRemoved {
  /** The draft's category with each removed member after its container's own members (where the diff lists it). */
  value: JsonObject;
  /** How many removed members each container holds, by `jsonPath` (category first); absent for none. */
  removedCounts: ReadonlyMap<string, number>;
}

interface RemovedFromContainer {
  keys: readonly JsonKey[];
  members: [JsonKey, JsonValue][];
}

/**
 * The category's draft with its removed members (from the diff) shown in place, so the tree holds the
 * whole structural diff. An array's removed items are its tail, so they keep their indexes. Only the
 * containers that lost members are copied: the cost is the removals, not the category's size.
 */
export function withRemovedMembers(
  category: MetadataCategory,
  draft: JsonObject,
  changes: readonly MetadataChange[],
): CategoryWithRemoved {
  const containers = new Map<string, RemovedFromContainer>();
  for (const change of changes) {
    const [changeCategory, ...keys] = change.path;
    if (change.kind !== 'removed' || changeCategory !== category || change.before === undefined) continue;
    const containerKeys = keys.slice(0, -1);
    const path = jsonPath([category, ...containerKeys]);
    const entry = containers.get(path) ?? { keys: containerKeys, members: [] };
    entry.members.push([keys.at(-1) as JsonKey, change.before]);
    containers.set(path, entry);
  }
  let value = draft;
  const removedCounts = new Map<string, number>();
  for (const [path, { keys, members }] of containers) {
    value = updateAt(value, keys, (container) => withMembers(container, members)) as JsonObject;
    removedCounts.set(path, members.length);
  }
  return { value, removedCounts };
}

function withMembers(container: JsonValue, members: readonly [JsonKey, JsonValue][]): JsonValue {
  if (Array.isArray(container)) return container.concat(members.map(([, value]) => value));
  // Spread defines properties, so an own `__proto__` member is copied as a member.
  const copy: JsonObject = { ...(container as JsonObject) };
  for (const [key, value] of members) setMember(copy, String(key), value);
  return copy;
}

/**
 * The path of the removed member a row shows (`path` itself, or the removed container it lies in), or
 * `undefined` for a row of the draft. `path` and the markers' keys are `jsonPath`s' inputs, category first.
 * Walks up only to the nearest marked path: a removed member's parent is always marked (`inside`).
 */
export function removedMemberOf(
  path: readonly [MetadataCategory, ...JsonKey[]],
  markers: ReadonlyMap<string, ChangeMarker>,
): readonly [MetadataCategory, ...JsonKey[]] | undefined {
  for (let length = path.length; length > 1; length--) {
    const marker = markers.get(jsonPath(path.slice(0, length)));
    if (marker === undefined) continue;
    return marker === 'removed' ? (path.slice(0, length) as [MetadataCategory, ...JsonKey[]]) : undefined;
  }
  return undefined;
}

/** A row's place in its set, for aria-posinset and aria-setsize. */
export interface SetPosition {
  posInSet: number;
  setSize: number;
}

/**
 * Where a row stands when its container shows `removed` removed members after `shown - removed` of
 * the draft's: the draft's members count among themselves only (what the draft holds), and the removed
 * ones form a set of their own after them. `position` and `shown` are the tree's counts of all of them.
 */
export function setPositionAmongRemoved(position: number, shown: number, removed: number): SetPosition {
  const real = shown - removed;
  return position > real ? { posInSet: position - real, setSize: removed } : { posInSet: position, setSize: real };
}
