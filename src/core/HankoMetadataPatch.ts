import { isJsonObject } from './exactJson';
import { METADATA_CATEGORIES, type MetadataCategory } from './HankoUserMetadata';
import type { JsonObject } from './json';

/**
 * A JSON merge patch (RFC 7386) for `PATCH /users/{id}/metadata`: in each category, a member set to
 * `null` is deleted, an object is merged member by member, anything else (arrays too) replaces the old
 * value whole. A category set to `null` is cleared. Hanko ignores keys other than the three categories.
 */
export type HankoMetadataPatch = {
  [Category in MetadataCategory]?: JsonObject | null;
};

/**
 * True for a body Hanko accepts as a patch: `null`, or an object whose categories, when present, are
 * objects or `null`. (Hanko answers 400 for any other top-level value.)
 */
export function isHankoMetadataPatch(value: unknown): value is HankoMetadataPatch | null {
  if (value === null) return true;
  if (!isJsonObject(value)) return false;
  return METADATA_CATEGORIES.every((category) => {
    const change = Object.hasOwn(value, category) ? value[category] : null;
    return change === null || isJsonObject(change);
  });
}

/** The categories a patch changes: those it names, or all three for a `null` patch (which clears everything). */
export function patchCategories(patch: HankoMetadataPatch | null): MetadataCategory[] {
  return METADATA_CATEGORIES.filter((category) => patch === null || Object.hasOwn(patch, category));
}
