import { isJsonObject } from './exactJson';
import { jsonEqual } from './jsonEqual';
import type { HankoMetadataPatch } from './HankoMetadataPatch';
import { type HankoUserMetadata, METADATA_CATEGORIES } from './HankoUserMetadata';
import type { JsonObject } from './json';
import { setMember } from './setMember';

/**
 * The smallest merge patch that turns `base` into `draft`: members that did not change are not
 * mentioned, removed members become `null`, changed objects are patched member by member, and arrays
 * (which a merge patch cannot edit) are sent whole. A category that `draft` leaves empty becomes `null`.
 * A `null` member in `draft` reads as "removed": Hanko never stores one.
 */
export function createMetadataPatch(
  base: HankoUserMetadata | null | undefined,
  draft: HankoUserMetadata | null | undefined,
): HankoMetadataPatch {
  const patch: HankoMetadataPatch = {};
  for (const category of METADATA_CATEGORIES) {
    const before = nonEmpty(base?.[category]);
    const after = nonEmpty(draft?.[category]);
    if (!after) {
      if (before) patch[category] = null;
    } else {
      const change = diffObjects(before ?? {}, after);
      if (change) patch[category] = change;
    }
  }
  return patch;
}

function nonEmpty(category: JsonObject | null | undefined): JsonObject | undefined {
  return category && Object.keys(category).some((key) => category[key] !== null) ? category : undefined;
}

/** The merge patch from `before` to `after`, or `undefined` when they are equal. */
function diffObjects(before: JsonObject, after: JsonObject): JsonObject | undefined {
  const patch: JsonObject = {};
  let changed = false;
  for (const key of Object.keys(before)) {
    if (!Object.hasOwn(after, key) || after[key] === null) {
      setMember(patch, key, null);
      changed = true;
    }
  }
  for (const key of Object.keys(after)) {
    const next = after[key];
    if (next === null || next === undefined) continue;
    const previous = Object.hasOwn(before, key) ? before[key] : undefined;
    if (jsonEqual(previous, next)) continue;
    // Two objects: patch the members that changed. Anything else is replaced whole; an object that
    // replaces a non-object is merged into nothing on Hanko's side, so its null members go.
    const change = isJsonObject(previous) && isJsonObject(next) ? diffObjects(previous, next) : withoutNulls(next);
    if (change !== undefined) {
      setMember(patch, key, change);
      changed = true;
    }
  }
  return changed ? patch : undefined;
}

/** An object with its `null` members (at any depth, outside arrays) left out, as a merge would store it. */
export function withoutNulls<T>(value: T): T {
  if (!isJsonObject(value)) return value;
  const copy: JsonObject = {};
  for (const key of Object.keys(value)) {
    const member = value[key];
    if (member !== null && member !== undefined) setMember(copy, key, withoutNulls(member));
  }
  return copy as T;
}
