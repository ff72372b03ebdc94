import { ApiError } from './ApiError';
import { stringifyExactJson } from './stringifyExactJson';
import { type HankoUserMetadata, METADATA_CATEGORIES, type MetadataCategory } from './HankoUserMetadata';
import type { JsonObject } from './json';

/** Hanko's limit for each metadata category: characters of compact JSON. */
export const METADATA_CATEGORY_LIMIT = 3000;

/**
 * A category's size as Hanko counts it against `METADATA_CATEGORY_LIMIT`: the length of its compact
 * JSON, exact numbers as written, each code point one character (an emoji is one, not two).
 */
export function metadataSize(value: JsonObject): number {
  let size = 0;
  // Counts code points without building an array of them.
  for (const _ of stringifyExactJson(value)) size += 1;
  return size;
}

/** The first category of `metadata` over Hanko's limit, with its size, or `undefined` when all fit. */
export function findOversizedCategory(
  metadata: HankoUserMetadata | null,
): { category: MetadataCategory; size: number } | undefined {
  for (const category of METADATA_CATEGORIES) {
    const value = metadata?.[category];
    const size = value ? metadataSize(value) : 0;
    if (size > METADATA_CATEGORY_LIMIT) return { category, size };
  }
  return undefined;
}

/**
 * Throws an `ApiError` of kind `invalid-input` (input `patch.<category>`) when a category of `metadata`, the
 * result a patch would have, is over Hanko's limit: the request would only be refused.
 */
export function assertMetadataFits(metadata: HankoUserMetadata | null): void {
  const oversized = findOversizedCategory(metadata);
  if (oversized) {
    const { category, size } = oversized;
    throw new ApiError({
      kind: 'invalid-input',
      service: 'hanko',
      message: `Hanko: ${category} would be ${size.toLocaleString('en-US')} characters; the limit is 3,000.`,
      input: `patch.${category}`,
    });
  }
}
