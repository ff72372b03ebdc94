import { isJsonObject } from './exactJson';
import type { JsonObject, JsonValue } from './json';
import { setMember } from './setMember';

/** A member's key: an object key or an array index. */
export type JsonKey = string | number;

/** The value at `path` below `root`, or `undefined` when the path leads nowhere. */
export function valueAt(root: JsonValue | undefined, path: readonly JsonKey[]): JsonValue | undefined {
  let value = root;
  for (const key of path) {
    if (Array.isArray(value) && typeof key === 'number') value = value[key];
    else if (isJsonObject(value) && typeof key === 'string' && Object.hasOwn(value, key)) value = value[key];
    else return undefined;
  }
  return value;
}

/**
 * A copy of `root` with the value at `path` replaced by `update(current)`; `undefined` from `update`
 * removes the member (an array closes the gap). Only the containers on the path are copied, so
 * untouched branches keep their identity (cheap undo snapshots, and a diff can skip them by `===`).
 * Returns `root` itself when the path leads nowhere or nothing changes; an empty path updates `root`.
 */
export function updateAt(
  root: JsonValue,
  path: readonly JsonKey[],
  update: (current: JsonValue) => JsonValue | undefined,
): JsonValue | undefined {
  if (!path.length) return update(root);
  return updateFrom(root, path, 0, update) ?? root;
}

function updateFrom(
  container: JsonValue,
  path: readonly JsonKey[],
  depth: number,
  update: (current: JsonValue) => JsonValue | undefined,
): JsonValue | undefined {
  const key = path[depth] as JsonKey;
  const current = valueAt(container, [key]);
  if (current === undefined) return undefined;
  const next = depth === path.length - 1 ? update(current) : updateFrom(current, path, depth + 1, update);
  if (next === current) return container;
  if (depth < path.length - 1 && next === undefined) return undefined;
  if (Array.isArray(container)) {
    const copy = container.slice();
    if (next === undefined) copy.splice(key as number, 1);
    else copy[key as number] = next;
    return copy;
  }
  // Spread defines properties, so an own `__proto__` member is copied as a member.
  const copy: JsonObject = { ...(container as JsonObject) };
  if (next === undefined) delete copy[key as string];
  else setMember(copy, key as string, next);
  return copy;
}

/** A copy of `object` with member `from` renamed to `to`, in the same place among the keys. */
export function renameMember(object: JsonObject, from: string, to: string): JsonObject {
  const renamed: JsonObject = {};
  for (const key of Object.keys(object)) setMember(renamed, key === from ? to : key, object[key] as JsonValue);
  return renamed;
}

/** A copy of `array` with `value` inserted at `index` (appended when `index` is past the end). */
export function insertItem(array: readonly JsonValue[], index: number, value: JsonValue): JsonValue[] {
  const copy = array.slice();
  copy.splice(Math.max(0, Math.min(index, array.length)), 0, value);
  return copy;
}

/** `base`, or `base` followed by 2, 3, … : the first that `object` does not have yet. */
export function freeMemberKey(object: JsonObject, base: string): string {
  if (!Object.hasOwn(object, base)) return base;
  for (let suffix = 2; ; suffix++) {
    const key = `${base}${suffix}`;
    if (!Object.hasOwn(object, key)) return key;
  }
}
