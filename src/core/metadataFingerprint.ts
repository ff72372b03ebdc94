import { stringifyExactJson } from './exactJson';
import { type HankoUserMetadata, METADATA_CATEGORIES } from './HankoUserMetadata';
import type { JsonObject } from './json';

/**
 * The request header that carries the fingerprint of the metadata an edit started from. The library's
 * proxy compares it with a fresh read before it patches, and answers 409 when they differ.
 */
export const METADATA_FINGERPRINT_HEADER = 'x-metadata-fingerprint';

/**
 * A fingerprint of a user's metadata: the hex SHA-256 of its canonical JSON (keys sorted, compact,
 * exact numbers as written, empty categories left out, no metadata at all as `null`). Equal metadata
 * gives the same fingerprint on every machine, whatever its key order. Uses Web Crypto, which browsers
 * (in secure contexts) and Node 20 have.
 */
export async function metadataFingerprint(metadata: HankoUserMetadata | null | undefined): Promise<string> {
  const present: Record<string, JsonObject> = {};
  for (const category of METADATA_CATEGORIES) {
    const value = metadata?.[category];
    if (value && Object.keys(value).length) present[category] = value;
  }
  const canonical = Object.keys(present).length ? stringifyExactJson(present, true) : 'null';
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
