import { type HankoUserMetadata, METADATA_CATEGORIES, type MetadataCategory } from './HankoUserMetadata';

/**
 * Response header by which `react-user-metadata/server` says which metadata categories it removed
 * because the caller may not read them (`private_metadata`, or a comma-separated list). Sent on every
 * answer to a caller with a partial grant, whether or not the user had anything in those categories,
 * so it reveals nothing about the data.
 */
export const WITHHELD_CATEGORIES_HEADER = 'x-user-metadata-withheld';

/** What is withheld when nothing else is said: private metadata. */
export const DEFAULT_WITHHELD_CATEGORIES: readonly MetadataCategory[] = ['private_metadata'];

/** The categories named in a `X-User-Metadata-Withheld` value, in the library's order; unknown names are ignored. */
export function parseWithheldCategories(header: string | null): MetadataCategory[] {
  const named = (header ?? '').split(',').map((name) => name.trim());
  return METADATA_CATEGORIES.filter((category) => named.includes(category));
}

/**
 * `metadata` without the given categories (private metadata unless told otherwise), marked in
 * `withheld_categories` so the components say "hidden by your access" rather than "none". For data
 * that leaves the server for someone who may not read those categories: the cache a server renders
 * and dehydrates, an API of your own. Never changes its argument. `null` (no metadata) stays `null`
 * only when nothing is withheld; otherwise the mark needs an object to live in.
 */
export function withholdMetadataCategories(
  metadata: HankoUserMetadata | null,
  categories: readonly MetadataCategory[] = DEFAULT_WITHHELD_CATEGORIES,
): HankoUserMetadata | null {
  const withheld = METADATA_CATEGORIES.filter(
    (category) => categories.includes(category) || metadata?.withheld_categories?.includes(category),
  );
  if (withheld.length === 0) return metadata;
  const kept: HankoUserMetadata = {};
  for (const category of METADATA_CATEGORIES) {
    const value = metadata?.[category];
    if (value && !withheld.includes(category)) kept[category] = value;
  }
  kept.withheld_categories = withheld;
  return kept;
}
