import type { JsonObject } from './json';

/** The three metadata categories Hanko keeps per user. */
export type MetadataCategory = 'public_metadata' | 'private_metadata' | 'unsafe_metadata';

export const METADATA_CATEGORIES: readonly MetadataCategory[] = [
  'public_metadata',
  'private_metadata',
  'unsafe_metadata',
];

/**
 * A 200 from `GET /users/{id}/metadata`. Hanko leaves empty categories out, so each is optional;
 * a user with no metadata at all is a 204, which the client returns as `null`.
 */
export interface HankoUserMetadata extends WithheldCategoriesMark {
  public_metadata?: JsonObject;
  private_metadata?: JsonObject;
  unsafe_metadata?: JsonObject;
}

/** Set by the library, never by Hanko: which categories were removed because the reader may not see them. */
export interface WithheldCategoriesMark {
  /**
   * From the proxy's `X-User-Metadata-Withheld` header, or `withholdMetadataCategories` on a server.
   * A category listed here is absent whether or not the user has anything in it.
   */
  withheld_categories?: readonly MetadataCategory[];
}

/**
 * What an app's own metadata type must look like (`TMetadata` of the Hanko hooks and options): the
 * three categories, each an object type of the app's choosing. `object`, not `JsonObject`, so that an
 * interface fits: TypeScript gives an interface no implicit index signature, and `JsonObject` is one.
 */
export type HankoMetadataShape = { [Category in MetadataCategory]?: object };

/**
 * The data of a metadata query typed with `TMetadata`: each category may be missing (Hanko leaves empty
 * ones out, whatever the app declared), and a user without metadata is `null` (HTTP 204).
 */
export type HankoMetadataData<TMetadata extends HankoMetadataShape = HankoUserMetadata> =
  | (Partial<TMetadata> & WithheldCategoriesMark)
  | null;
