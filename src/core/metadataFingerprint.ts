import { stringifyExactJson } from './stringifyExactJson';
import { type HankoUserMetadata, METADATA_CATEGORIES, type MetadataCategory } from './HankoUserMetadata';
import { nonEmptyCategories } from './nonEmptyCategories';

export { METADATA_FINGERPRINT_HEADER } from './metadataFingerprintHeader';

/**
 * A fingerprint of a user's metadata in `categories` (all three by default): the hex SHA-256 of its
 * canonical JSON (keys sorted, compact, exact numbers as written, empty categories left out, nothing
 * at all as `null`). Equal metadata gives the same fingerprint on every machine, whatever its key order.
 * An edit is fingerprinted over the categories its patch names (`patchCategories`): a merge patch
 * cannot overwrite the others, and a caller allowed to change one category need not see the rest.
 * Uses Web Crypto, which browsers (in secure contexts, localhost included) and Node 20 have.
 */
export async function metadataFingerprint(
  metadata: HankoUserMetadata | null | undefined,
  categories: readonly MetadataCategory[] = METADATA_CATEGORIES,
): Promise<string> {
  const present = nonEmptyCategories(metadata, categories);
  const canonical = present ? stringifyExactJson(present, true) : 'null';
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
