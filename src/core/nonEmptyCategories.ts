import { type HankoUserMetadata, METADATA_CATEGORIES, type MetadataCategory } from './HankoUserMetadata';
import type { JsonObject } from './json';

/**
 * The metadata as Hanko keeps it: of `categories` (all three by default), those of `source` that have
 * members, in Hanko's order; `null` when none is left (Hanko answers 204 then). An empty category, a
 * `null` one and anything else in `source` are left out. Each category present must be a JSON object
 * (a schema or `isHankoMetadataPatch` has checked it): this module stays free of the exact-number
 * check, so that the client's first load does not carry it. Never changes its argument.
 */
export function nonEmptyCategories(
  source: Readonly<Partial<Record<MetadataCategory, unknown>>> | null | undefined,
  categories: readonly MetadataCategory[] = METADATA_CATEGORIES,
): HankoUserMetadata | null {
  const metadata: HankoUserMetadata = {};
  for (const category of METADATA_CATEGORIES) {
    const value = source?.[category];
    if (categories.includes(category) && typeof value === 'object' && value !== null && Object.keys(value).length) {
      metadata[category] = value as JsonObject;
    }
  }
  return Object.keys(metadata).length ? metadata : null;
}
