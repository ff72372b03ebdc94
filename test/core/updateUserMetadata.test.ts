import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createHankoClient } from '../../src/core/createHankoClient';
import { hankoMetadataMutationOptions } from '../../src/core/hankoMetadataMutationOptions';
import { isExactNumber } from '../../src/core/exactJson';
import { stringifyExactJson } from '../../src/core/stringifyExactJson';
import { exactNumber } from '../../src/core/exactNumber';
import type { HankoUserMetadata } from '../../src/core/HankoUserMetadata';
import { metadataFingerprint } from '../../src/core/metadataFingerprint';
import { createHankoMetadataStore, hankoEditableHandlers } from '../../src/msw';
import { apiFailure } from '../apiFailure';
import { server } from '../mswServer';

const HANKO = 'https://tenant.hanko.io/admin';
const USER = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const BASE: HankoUserMetadata = { public_metadata: { role: 'admin', quota: 10 } };

/** A store holding BASE for USER, served at the tenant's URL, and a client with a key for it. */
function setup(metadata: HankoUserMetadata | null = BASE) {
  const store = createHankoMetadataStore({ [USER]: metadata });
  server.use(...hankoEditableHandlers({ baseUrl: HANKO, store }));
  const requests: Request[] = [];
  const client = createHankoClient({
    baseUrl: HANKO,
    apiKey: 'hanko-secret',
    fetch: (input, init) => {
      requests.push(new Request(input, init));
      return fetch(input, init);
    },
  });
  return { store, client, requests };
}

describe('hankoClient.updateUserMetadata', () => {
  it('PATCHes the JSON patch with the key and the fingerprint, and resolves to what Hanko stored', async () => {
    const { client, requests, store } = setup();
    const fingerprint = await metadataFingerprint(BASE, ['public_metadata']);
    const stored = await client.updateUserMetadata(USER, { public_metadata: { quota: 20 } }, { fingerprint });
    expect(stored).toEqual({ public_metadata: { role: 'admin', quota: 20 } });
    expect(store.get(USER)).toEqual(stored);
    const [request] = requests;
    expect(request?.method).toBe('PATCH');
    expect(request?.url).toBe(`${HANKO}/users/${USER}/metadata`);
    expect(request?.headers.get('authorization')).toBe('Bearer hanko-secret');
    expect(request?.headers.get('content-type')).toBe('application/json');
    expect(request?.headers.get('x-metadata-fingerprint')).toBe(await metadataFingerprint(BASE, ['public_metadata']));
    expect(await request?.text()).toBe('{"public_metadata":{"quota":20}}');
  });

  it('sends exact numbers byte for byte and reads them back exact', async () => {
    const { client, requests } = setup();
    const big = exactNumber('9223372036854775807');
    const stored = await client.updateUserMetadata(USER, { public_metadata: { quota: big, ratio: exactNumber('1.0') } });
    expect(await requests[0]?.text()).toBe('{"public_metadata":{"quota":9223372036854775807,"ratio":1.0}}');
    const quota = stored?.public_metadata?.quota;
    expect(isExactNumber(quota) && quota.value).toBe('9223372036854775807');
    expect(stringifyExactJson(await client.getUserMetadata(USER))).toBe(
      '{"public_metadata":{"role":"admin","quota":9223372036854775807,"ratio":1.0}}',
    );
  });

  it('reads an exact number in a GET body back exact, through the parser loaded on demand', async () => {
    const { client } = setup();
    server.use(
      http.get(`${HANKO}/users/:id/metadata`, () =>
        HttpResponse.text('{"public_metadata":{"max":9223372036854775807,"huge":1e400,"one":1.0,"zero":-0,"n":2}}', {
          headers: { 'content-type': 'application/json' },
        }),
      ),
    );
    const metadata = await client.getUserMetadata(USER);
    expect(isExactNumber(metadata?.public_metadata?.max)).toBe(true);
    expect(metadata?.public_metadata?.n).toBe(2);
    expect(stringifyExactJson(metadata)).toBe(
      '{"public_metadata":{"max":9223372036854775807,"huge":1e400,"one":1.0,"zero":-0,"n":2}}',
    );
  });

  it('marks the categories the proxy withheld in what a PATCH answers', async () => {
    server.use(
      http.patch(`${HANKO}/users/:id/metadata`, () =>
        HttpResponse.json({ public_metadata: { quota: 20 } }, { headers: { 'x-user-metadata-withheld': 'private_metadata' } }),
      ),
    );
    const client = createHankoClient({ baseUrl: HANKO });
    await expect(client.updateUserMetadata(USER, { public_metadata: { quota: 20 } })).resolves.toEqual({
      public_metadata: { quota: 20 },
      withheld_categories: ['private_metadata'],
    });
  });

  it('sends no fingerprint header without one, and resolves to null when nothing is left (204)', async () => {
    const { client, requests } = setup();
    await expect(client.updateUserMetadata(USER, { public_metadata: null })).resolves.toBeNull();
    expect(requests[0]?.headers.has('x-metadata-fingerprint')).toBe(false);
  });

  it('refuses an id that is not a UUID and a patch that is not one, without a request', async () => {
    const { client, requests } = setup();
    expect((await apiFailure(client.updateUserMetadata('nope', {}))).kind).toBe('invalid-input');
    const notAPatch = { public_metadata: ['a'] } as never;
    expect((await apiFailure(client.updateUserMetadata(USER, notAPatch))).kind).toBe('invalid-input');
    expect(requests).toHaveLength(0);
  });

  it("passes Hanko's 400 for the limit through as an http error with its message", async () => {
    server.use(
      http.patch(`${HANKO}/users/:id/metadata`, () =>
        HttpResponse.json(
          { code: 400, message: 'metadata limit exceeded: public metadata must not exceed 3000 characters' },
          { status: 400 },
        ),
      ),
    );
    const client = createHankoClient({ baseUrl: HANKO });
    const error = await apiFailure(client.updateUserMetadata(USER, { public_metadata: { a: 1 } }));
    expect(error.message).toBe(
      'Hanko: metadata limit exceeded: public metadata must not exceed 3000 characters (HTTP 400).',
    );
  });

  it('rejects with aborted when the signal is aborted', async () => {
    const { client } = setup();
    const controller = new AbortController();
    controller.abort();
    const error = await apiFailure(client.updateUserMetadata(USER, {}, { signal: controller.signal }));
    expect(error.kind).toBe('aborted');
  });
});

describe('hankoMetadataMutationOptions', () => {
  it('sends the patch with the fingerprint of base over the categories it names', async () => {
    const { client, requests } = setup();
    const { mutationFn, mutationKey } = hankoMetadataMutationOptions(client, USER.toUpperCase());
    await expect(mutationFn({ base: BASE, patch: { public_metadata: { quota: 20 } } })).resolves.toEqual({
      public_metadata: { role: 'admin', quota: 20 },
    });
    expect(requests[0]?.headers.get('x-metadata-fingerprint')).toBe(await metadataFingerprint(BASE, ['public_metadata']));
    expect(mutationKey).toEqual(['react-user-metadata', 'hanko', HANKO, 'metadata', USER, 'update']);
  });

  it('refuses a result over 3,000 characters without a request, naming the category and its size', async () => {
    const { client, requests } = setup();
    const { mutationFn } = hankoMetadataMutationOptions(client, USER);
    const error = await apiFailure(mutationFn({ base: BASE, patch: { public_metadata: { note: 'x'.repeat(2970) } } }));
    expect(error).toMatchObject({ kind: 'invalid-input', input: 'patch.public_metadata' });
    expect(error.message).toBe('Hanko: public_metadata would be 3,007 characters; the limit is 3,000.');
    expect(requests).toHaveLength(0);
  });

  it('a stale base is an http error with status 409, and nothing is written', async () => {
    const { client, store } = setup({ public_metadata: { role: 'owner', quota: 10 } });
    const { mutationFn } = hankoMetadataMutationOptions(client, USER);
    const error = await apiFailure(mutationFn({ base: BASE, patch: { public_metadata: { quota: 20 } } }));
    expect(error).toMatchObject({ kind: 'http', status: 409, serverMessage: 'metadata changed since it was read' });
    expect(store.get(USER)).toEqual({ public_metadata: { role: 'owner', quota: 10 } });
  });
});
