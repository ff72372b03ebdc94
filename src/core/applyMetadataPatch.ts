import { isJsonObject } from './exactJson';
import type { HankoMetadataPatch } from './HankoMetadataPatch';
import { type HankoUserMetadata, METADATA_CATEGORIES } from './HankoUserMetadata';
import type { JsonObject, JsonValue } from './json';
import { nonEmptyCategories } from './nonEmptyCategories';
import { setMember } from './setMember';

/**
 * What Hanko stores after `PATCH /users/{id}/metadata` with `patch`: RFC 7386 per category, keys other
 * than the three categories ignored, a `null` patch clearing everything, an empty category left out and
 * no metadata at all as `null` (Hanko's 204). Neither argument is changed.
 */
export function applyMetadataPatch(
  base: HankoUserMetadata | null | undefined,
  patch: HankoMetadataPatch | null,
): HankoUserMetadata | null {
  const result: HankoUserMetadata = {};
  for (const category of METADATA_CATEGORIES) {
    const change = patch === null ? null : patch[category];
    const merged = change === undefined ? base?.[category] : mergePatch(base?.[category], change);
    if (isJsonObject(merged)) result[category] = merged;
  }
  return nonEmptyCategories(result);
}

/** RFC 7386 MergePatch(target, patch), returning a new value. */
export function mergePatch(target: JsonValue | undefined, patch: JsonValue): JsonValue | undefined {
  if (!isJsonObject(patch)) return patch === null ? undefined : patch;
  const merged: JsonObject = {};
  if (isJsonObject(target)) for (const key of Object.keys(target)) setMember(merged, key, target[key] as JsonValue);
  for (const key of Object.keys(patch)) {
    const value = mergePatch(Object.hasOwn(merged, key) ? merged[key] : undefined, patch[key] as JsonValue);
    if (value === undefined) delete merged[key];
    else setMember(merged, key, value);
  }
  return merged;
}
