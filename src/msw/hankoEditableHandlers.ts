import { type HttpHandler, HttpResponse, http } from 'msw';
import { applyMetadataPatch } from '../core/applyMetadataPatch';
import { stringifyExactJson } from '../core/stringifyExactJson';
import { parseExactJson } from '../core/parseExactJson';
import { isHankoMetadataPatch, patchCategories } from '../core/HankoMetadataPatch';
import type { HankoUserMetadata } from '../core/HankoUserMetadata';
import { METADATA_CONFLICT_MESSAGE, type MetadataConflictBody } from '../core/metadataConflict';
import { METADATA_FINGERPRINT_HEADER, metadataFingerprint } from '../core/metadataFingerprint';
import { findOversizedCategory } from '../core/metadataSize';
import { isUuid } from '../core/validateInput';
import { HANKO_MOCK_DEFAULT_BASE_URL } from './hankoHandlers';
import { createHankoMetadataStore, type HankoMetadataStore } from './hankoMetadataStore';
import { applyDelay, type MockResponseOptions } from './mockResponse';

export interface HankoEditableHandlerOptions extends MockResponseOptions {
  /** Defaults to `/api/hanko` (a same-origin proxy route). */
  baseUrl?: string;
  /** Where the users live; a fresh `createHankoMetadataStore()` by default. Pass one to read or reset it. */
  store?: HankoMetadataStore;
}

/** JSON text with exact numbers as stored (msw's `HttpResponse.json` would write them as objects). */
function jsonResponse(body: unknown, status = 200): Response {
  return new HttpResponse(stringifyExactJson(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

const hankoError = (status: number, message: string) => jsonResponse({ code: status, message }, status);

/** The user named in the path: a Response for a bad id or an unknown user, else the stored metadata. */
function findUser(store: HankoMetadataStore, userId: string): Response | { metadata: HankoUserMetadata | null } {
  if (!isUuid(userId)) return hankoError(400, 'invalid user id');
  const metadata = store.get(userId);
  return metadata === undefined ? hankoError(404, 'user not found') : { metadata };
}

/** Hanko's own 200-or-204 answer for the metadata a user has. */
const metadataResponse = (metadata: HankoUserMetadata | null) =>
  metadata ? jsonResponse(metadata) : new HttpResponse(null, { status: 204 });

/** PATCH with Hanko's semantics, behind the library proxy's fingerprint check. */
async function patchMetadata(store: HankoMetadataStore, userId: string, request: Request): Promise<Response> {
  const user = findUser(store, userId);
  if (user instanceof Response) return user;
  let patch: unknown;
  try {
    patch = parseExactJson(await request.text());
  } catch {
    return hankoError(400, 'invalid metadata patch');
  }
  if (!isHankoMetadataPatch(patch)) return hankoError(400, 'invalid metadata patch');
  const expected = request.headers.get(METADATA_FINGERPRINT_HEADER);
  if (expected !== null && expected !== (await metadataFingerprint(user.metadata, patchCategories(patch)))) {
    const conflict: MetadataConflictBody = { code: 409, message: METADATA_CONFLICT_MESSAGE, metadata: user.metadata };
    return jsonResponse(conflict, 409);
  }
  const next = applyMetadataPatch(user.metadata, patch);
  const oversized = findOversizedCategory(next);
  if (oversized) {
    // Hanko's words: "public_metadata" is spelled "public metadata".
    const name = oversized.category.replace('_', ' ');
    return hankoError(400, `metadata limit exceeded: ${name} must not exceed 3000 characters`);
  }
  store.set(userId, next);
  return metadataResponse(next);
}

/**
 * `GET` and `PATCH /users/{id}/metadata` over one in-memory store, so edits persist across requests:
 * Hanko's merge-patch semantics, its 3,000-character limit and 400 message, 400 for a bad id, 404 for a
 * user not in the store, and the proxy's 409 (with the current metadata) when the request's
 * `x-metadata-fingerprint` is stale. Returns both handlers, for `setupServer(...handlers)` or
 * `parameters.msw.handlers`.
 */
export function hankoEditableHandlers(options: HankoEditableHandlerOptions = {}): HttpHandler[] {
  const store = options.store ?? createHankoMetadataStore();
  const url = `${(options.baseUrl ?? HANKO_MOCK_DEFAULT_BASE_URL).replace(/\/+$/, '')}/users/:userId/metadata`;
  const once = { once: options.once ?? false };
  return [
    http.get(
      url,
      async ({ params }) => {
        await applyDelay(options.delay);
        const user = findUser(store, String(params.userId));
        return user instanceof Response ? user : metadataResponse(user.metadata);
      },
      once,
    ),
    http.patch(
      url,
      async ({ params, request }) => {
        await applyDelay(options.delay);
        return patchMetadata(store, String(params.userId), request);
      },
      once,
    ),
  ];
}
