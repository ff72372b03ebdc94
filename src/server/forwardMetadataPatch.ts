import { isJsonObject } from '../core/exactJson';
import { stringifyExactJson } from '../core/stringifyExactJson';
import { parseExactJson } from '../core/parseExactJson';
import { isHankoMetadataPatch, patchCategories } from '../core/HankoMetadataPatch';
import { type HankoUserMetadata, METADATA_CATEGORIES, type MetadataCategory } from '../core/HankoUserMetadata';
import { METADATA_CONFLICT_MESSAGE } from '../core/metadataConflict';
import { metadataFingerprint } from '../core/metadataFingerprint';
import { nonEmptyCategories } from '../core/nonEmptyCategories';
import { errorResponse, PROXY_RESPONSE_HEADERS } from './errorResponse';
import type { CheckedMetadataPatch } from './readMetadataPatch';

export interface ForwardMetadataPatchInit {
  /** The checked request. */
  checked: CheckedMetadataPatch;
  /** Categories the caller may not read: left out of a 409's metadata. */
  withheld: readonly MetadataCategory[];
  /** The caller's request, for its signal. */
  request: Request;
  /** One upstream call with the server's key: `GET` re-reads, `PATCH` sends the body. */
  forward: (method: 'GET' | 'PATCH', body?: string) => Promise<Response>;
  /** The answer when Hanko's current metadata cannot be read (reported by the caller of this). */
  unreadable: (status: number) => Response;
}

/** Hanko's 200 or 204 read as metadata; `undefined` for a body that is not Hanko's metadata shape. */
function readCurrentMetadata(status: number, text: string): HankoUserMetadata | null | undefined {
  if (status === 204) return null;
  let value: unknown;
  try {
    value = parseExactJson(text);
  } catch {
    return undefined;
  }
  // Hanko's answer has the patch's shape: an object whose categories, when present, are objects.
  if (!isJsonObject(value) || !isHankoMetadataPatch(value)) return undefined;
  return nonEmptyCategories(value);
}

/**
 * The 409: Hanko's error shape plus the metadata as it is now, without the categories the caller may
 * not read (as a GET would answer them), so an editor can show what changed and start again from it.
 */
function conflictResponse(current: HankoUserMetadata | null, withheld: readonly MetadataCategory[]): Response {
  const visible = nonEmptyCategories(
    current,
    METADATA_CATEGORIES.filter((category) => !withheld.includes(category)),
  );
  const metadata = visible ? stringifyExactJson(visible) : 'null';
  // Written by hand around the exact-number text, so a number beyond 2^53 reaches the editor unchanged.
  const body = `{"code":409,"message":${JSON.stringify(METADATA_CONFLICT_MESSAGE)},"metadata":${metadata}}`;
  return new Response(body, {
    status: 409,
    headers: { ...PROXY_RESPONSE_HEADERS, 'content-type': 'application/json; charset=utf-8' },
  });
}

/**
 * A merge patch with lost-update protection Hanko itself lacks: re-reads the user's metadata, compares
 * its fingerprint (over the categories the patch changes, as the client computed it) with the one the
 * edit started from, and sends the patch only when they are equal; otherwise a 409 with the current
 * metadata. Hanko's answers to either call pass on as a GET's would (404, 5xx, 504…). What remains is
 * the moment between this re-read and Hanko's own read-merge-write: an edit landing there is not seen.
 */
export async function forwardMetadataPatch(init: ForwardMetadataPatchInit): Promise<Response> {
  const { checked, request } = init;
  const reread = await init.forward('GET');
  if (reread.status !== 200 && reread.status !== 204) return reread;

  const current = readCurrentMetadata(reread.status, await reread.text());
  if (current === undefined) return init.unreadable(reread.status);
  const fingerprint = await metadataFingerprint(current, patchCategories(checked.patch));
  if (fingerprint !== checked.fingerprint) return conflictResponse(current, init.withheld);

  // A write the caller will never hear about would leave them guessing whether it happened.
  if (request.signal?.aborted) return errorResponse(502, 'the caller went away before the patch was sent');
  return init.forward('PATCH', checked.body);
}
