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
 * The type parameters let an app state the shapes it stores.
 */
export interface HankoUserMetadata<
  TPublic extends JsonObject = JsonObject,
  TPrivate extends JsonObject = JsonObject,
  TUnsafe extends JsonObject = JsonObject,
> {
  public_metadata?: TPublic;
  private_metadata?: TPrivate;
  unsafe_metadata?: TUnsafe;
}
