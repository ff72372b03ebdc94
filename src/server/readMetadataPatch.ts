import { isJsonObject } from '../core/exactJson';
import { stringifyExactJson } from '../core/stringifyExactJson';
import { parseExactJson } from '../core/parseExactJson';
import { type HankoMetadataPatch, isHankoMetadataPatch } from '../core/HankoMetadataPatch';
import { METADATA_CATEGORIES } from '../core/HankoUserMetadata';
import { METADATA_FINGERPRINT_HEADER } from '../core/metadataFingerprint';
import { readBoundedBody } from '../core/request/readBoundedBody';
import { errorResponse } from './errorResponse';

/** A `PATCH` request that passed every check: what to send Hanko, and what the edit started from. */
export interface CheckedMetadataPatch {
  patch: HankoMetadataPatch | null;
  /** The JSON sent upstream: the three categories as they were read, nothing else (exact numbers kept). */
  body: string;
  /** The caller's `x-metadata-fingerprint`, lower-cased. */
  fingerprint: string;
}

/**
 * The largest patch body the proxy reads. Hanko stores at most 3,000 characters per category, so a
 * patch it can accept is a few times 3 × 3,000 characters (each up to 6 bytes as a `\u` escape, plus
 * `null`s for deleted keys); anything past 64 KiB is refused before it is read to its end.
 */
export const MAX_PATCH_BYTES = 64 * 1024;

const JSON_MEDIA_TYPE = /^application\/json\s*(?:;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;
const FINGERPRINT = /^[0-9a-f]{64}$/i;

/** `Content-Type: application/json`, with no parameter but an optional UTF-8 charset. */
function isJsonContentType(value: string | null): boolean {
  return value !== null && JSON_MEDIA_TYPE.test(value.trim());
}

/**
 * Only the three categories, written from the parsed value: Hanko then sees exactly what was checked
 * (no duplicate keys where it might keep another one than JSON.parse, no `"Private_Metadata"` that a
 * case-insensitive Go decoder could take for a category the grant did not name). Unknown top-level
 * keys are dropped: Hanko ignores them anyway.
 */
function canonicalPatch(patch: HankoMetadataPatch | null): HankoMetadataPatch | null {
  if (patch === null) return null;
  const kept: HankoMetadataPatch = {};
  for (const category of METADATA_CATEGORIES) {
    if (Object.hasOwn(patch, category)) kept[category] = patch[category] ?? null;
  }
  return kept;
}

/** The request body as text, or the refusal: too large (413) or not UTF-8 (400). */
async function readBodyText(request: Request): Promise<string | Response> {
  const tooLarge = () => errorResponse(413, `metadata patch too large (at most ${MAX_PATCH_BYTES} bytes)`);
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_PATCH_BYTES) return tooLarge();
  let bytes: ArrayBuffer;
  try {
    const { data, complete } = await readBoundedBody(request.body, MAX_PATCH_BYTES);
    if (!complete) return tooLarge();
    bytes = await data.arrayBuffer();
  } catch {
    // The caller hung up or the stream broke: nothing was read that could be sent on.
    return errorResponse(400, 'the request body could not be read');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return errorResponse(400, 'metadata patch is not valid UTF-8');
  }
}

/**
 * Checks a `PATCH` of Hanko metadata before anyone else sees it: `Content-Type: application/json`
 * (415), the fingerprint header present (428) and well-formed (400), the body at most
 * `MAX_PATCH_BYTES` (413), valid JSON (400) and a merge patch Hanko accepts, an object whose
 * categories are objects or `null`, or `null` itself to clear everything (400). Each refusal is JSON
 * in Hanko's error shape, like every other refusal of the proxy.
 */
export async function readMetadataPatch(request: Request): Promise<CheckedMetadataPatch | Response> {
  if (!isJsonContentType(request.headers.get('content-type'))) {
    return errorResponse(415, 'metadata patch must be sent as Content-Type: application/json');
  }
  const fingerprint = request.headers.get(METADATA_FINGERPRINT_HEADER);
  if (fingerprint === null) {
    const why = 'the fingerprint of the metadata the edit started from';
    return errorResponse(428, `${METADATA_FINGERPRINT_HEADER} is required: ${why}`);
  }
  if (!FINGERPRINT.test(fingerprint.trim())) {
    return errorResponse(400, `${METADATA_FINGERPRINT_HEADER} must be a hex SHA-256 (64 characters)`);
  }

  const text = await readBodyText(request);
  if (typeof text !== 'string') return text;
  let value: unknown;
  try {
    value = parseExactJson(text);
  } catch {
    return errorResponse(400, 'metadata patch is not valid JSON');
  }
  if (value !== null && !isJsonObject(value)) {
    return errorResponse(400, 'metadata patch must be a JSON object (a merge patch) or null');
  }
  if (!isHankoMetadataPatch(value)) {
    const categories = METADATA_CATEGORIES.join(', ');
    return errorResponse(400, `each category in a metadata patch must be an object or null (${categories})`);
  }
  const patch = canonicalPatch(value);
  return { patch, body: stringifyExactJson(patch), fingerprint: fingerprint.trim().toLowerCase() };
}
