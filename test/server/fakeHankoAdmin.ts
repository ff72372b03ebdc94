import type { ServerResponse } from 'node:http';
import { applyMetadataPatch } from '../../src/core/applyMetadataPatch';
import { stringifyExactJson } from '../../src/core/stringifyExactJson';
import { parseExactJson } from '../../src/core/parseExactJson';
import { isHankoMetadataPatch } from '../../src/core/HankoMetadataPatch';
import type { HankoUserMetadata } from '../../src/core/HankoUserMetadata';
import { findOversizedCategory } from '../../src/core/metadataSize';
import type { HankoMetadataStore } from '../../src/msw/hankoMetadataStore';
import type { RecordedRequest } from './proxyTestServers';

function send(response: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) {
    response.writeHead(status);
    response.end();
    return;
  }
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(stringifyExactJson(body));
}

const hankoError = (response: ServerResponse, status: number, message: string) =>
  send(response, status, { code: status, message });

function sendMetadata(response: ServerResponse, metadata: HankoUserMetadata | null): void {
  if (metadata === null) send(response, 204);
  else send(response, 200, metadata);
}

/** Hanko's handler: read, merge, check the limit, write. No fingerprint check: Hanko has none. */
function patch(store: HankoMetadataStore, userId: string, request: RecordedRequest, response: ServerResponse): void {
  let value: unknown;
  try {
    value = parseExactJson(request.body);
  } catch {
    hankoError(response, 400, 'invalid metadata patch');
    return;
  }
  if (!isHankoMetadataPatch(value)) {
    hankoError(response, 400, 'invalid metadata patch');
    return;
  }
  const next = applyMetadataPatch(store.get(userId), value);
  const oversized = findOversizedCategory(next);
  if (oversized) {
    const name = oversized.category.replace('_', ' ');
    hankoError(response, 400, `metadata limit exceeded: ${name} must not exceed 3000 characters`);
    return;
  }
  store.set(userId, next);
  sendMetadata(response, next);
}

/**
 * A `startFakeUpstream` reply that behaves like Hanko's admin API `GET` and `PATCH /users/{id}/metadata`
 * (under any base path) over an in-memory store: merge-patch semantics, the 3,000-character limit with
 * Hanko's 400 message, 404 for a user not in the store. Exact numbers are kept as written.
 */
export function hankoAdmin(store: HankoMetadataStore): (response: ServerResponse, request: RecordedRequest) => void {
  return (response, request) => {
    const match = /\/users\/([^/]+)\/metadata$/.exec(request.url);
    const userId = match?.[1];
    if (!userId) {
      hankoError(response, 404, 'Not Found');
      return;
    }
    if (store.get(userId) === undefined) {
      hankoError(response, 404, 'user not found');
      return;
    }
    if (request.method === 'GET') sendMetadata(response, store.get(userId) ?? null);
    else if (request.method === 'PATCH') patch(store, userId, request, response);
    else hankoError(response, 405, 'Method Not Allowed');
  };
}
