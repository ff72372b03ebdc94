// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apiFailure } from '../apiFailure';
import { createHankoClient } from '../../src/core/createHankoClient';
import { createMetadataPatch } from '../../src/core/createMetadataPatch';
import { stringifyExactJson } from '../../src/core/stringifyExactJson';
import { exactNumber } from '../../src/core/exactNumber';
import { hankoMetadataMutationOptions } from '../../src/core/hankoMetadataMutationOptions';
import { type HankoUserMetadata, METADATA_CATEGORIES } from '../../src/core/HankoUserMetadata';
import { METADATA_FINGERPRINT_HEADER, metadataFingerprint } from '../../src/core/metadataFingerprint';
import { createHankoMetadataStore, type HankoMetadataStore } from '../../src/msw/hankoMetadataStore';
import { createUserMetadataHandler, toNodeHandler } from '../../src/server/index';
import { hankoAdmin } from './fakeHankoAdmin';
import {
  createResponseLog,
  type FakeUpstream,
  HANKO_KEY,
  letLoopbackThrough,
  type RunningServer,
  startFakeUpstream,
  startServer,
  USER_ID,
} from './proxyTestServers';

// The library's edit path as an app runs it: the browser client (no key) → the proxy over a real
// socket → a fake Hanko with Hanko's PATCH semantics. Nothing here is stubbed between the three.
const INITIAL: HankoUserMetadata = {
  public_metadata: { role: 'viewer', id: exactNumber('9007199254740993'), ratio: exactNumber('1.0') },
  private_metadata: { plan: 'pro' },
};

let hanko: FakeUpstream;
let store: HankoMetadataStore;
let proxy: RunningServer;
const log = createResponseLog();
/** What the client put on the wire, as the proxy received it. */
const sent: { method: string; headers: Headers; body: string }[] = [];

beforeAll(async () => {
  hanko = await startFakeUpstream();
  const handler = createUserMetadataHandler({
    hanko: { baseUrl: `${hanko.origin}/admin`, apiKey: HANKO_KEY, allowWrites: true },
    // Editors read and write everything; viewers ('support') get the plain `true`: reads, no writes.
    authorize: (request) => {
      const session = request.headers.get('x-admin-session');
      if (session === 'editor') return { categories: METADATA_CATEGORIES, write: METADATA_CATEGORIES };
      return session === 'support';
    },
    timeoutMs: 1000,
    onError: () => undefined,
  });
  proxy = await startServer(toNodeHandler(handler));
});

beforeEach(() => {
  letLoopbackThrough();
  store = createHankoMetadataStore({ [USER_ID]: INITIAL });
  hanko.reply = hankoAdmin(store);
  hanko.requests.length = 0;
  sent.length = 0;
});

afterAll(async () => {
  await Promise.all([hanko, proxy].map((server) => server.close()));
  expect(log.count).toBeGreaterThan(8);
  expect(log.text()).not.toContain(HANKO_KEY);
});

function editor(session = 'editor') {
  const client = createHankoClient({
    baseUrl: `${proxy.origin}/api/hanko`,
    headers: { 'x-admin-session': session },
    fetch: async (input, init) => {
      const request = new Request(input, init);
      sent.push({ method: request.method, headers: request.headers, body: await request.clone().text() });
      return log.recordingFetch(request);
    },
  });
  const { mutationFn } = hankoMetadataMutationOptions(client, USER_ID);
  return { client, save: mutationFn };
}

describe('editing through the proxy: client → proxy socket → Hanko', () => {
  it("saves an edit: the client's request passes the proxy's checks and Hanko stores it, exact numbers intact", async () => {
    const { client, save } = editor();
    const base = await client.getUserMetadata(USER_ID);
    const draft = { ...base, public_metadata: { ...base?.public_metadata, role: 'admin' } };
    const stored = await save({ base, patch: createMetadataPatch(base, draft) });

    const patchRequest = sent.find((request) => request.method === 'PATCH');
    expect(patchRequest?.headers.get('content-type')).toMatch(/^application\/json/);
    expect(patchRequest?.headers.get(METADATA_FINGERPRINT_HEADER)).toMatch(/^[0-9a-f]{64}$/);
    expect(patchRequest?.body).toBe('{"public_metadata":{"role":"admin"}}');
    expect(hanko.requests.map((request) => request.method)).toEqual(['GET', 'GET', 'PATCH']);
    expect(stringifyExactJson(stored)).toBe(
      '{"public_metadata":{"role":"admin","id":9007199254740993,"ratio":1.0},"private_metadata":{"plan":"pro"}}',
    );
    expect(stringifyExactJson(store.get(USER_ID))).toBe(stringifyExactJson(stored));
  });

  it('resolves to null when the edit clears everything (204)', async () => {
    const { client, save } = editor();
    const base = await client.getUserMetadata(USER_ID);
    expect(await save({ base, patch: createMetadataPatch(base, null) })).toBeNull();
    expect(store.get(USER_ID)).toBeNull();
  });

  it('gives the second of two editors of the same state a 409, and loses nothing once it starts again', async () => {
    const alice = editor();
    const bob = editor();
    const aliceBase = await alice.client.getUserMetadata(USER_ID);
    const bobBase = await bob.client.getUserMetadata(USER_ID);

    const aliceDraft = { ...aliceBase, public_metadata: { ...aliceBase?.public_metadata, role: 'admin' } };
    await alice.save({ base: aliceBase, patch: createMetadataPatch(aliceBase, aliceDraft) });

    const bobDraft = { ...bobBase, public_metadata: { ...bobBase?.public_metadata, role: 'owner', team: 'blue' } };
    const conflict = await apiFailure(bob.save({ base: bobBase, patch: createMetadataPatch(bobBase, bobDraft) }));
    expect(conflict.kind).toBe('http');
    expect(conflict.status).toBe(409);
    expect(store.get(USER_ID)?.public_metadata).toMatchObject({ role: 'admin' });
    expect(store.get(USER_ID)?.public_metadata).not.toHaveProperty('team');

    // Bob reloads (what the hook's refetch after a 409 does), sees Alice's role, and adds only his team.
    const current = await bob.client.getUserMetadata(USER_ID);
    const rebased = { ...current, public_metadata: { ...current?.public_metadata, team: 'blue' } };
    await bob.save({ base: current, patch: createMetadataPatch(current, rebased) });
    expect(store.get(USER_ID)?.public_metadata).toMatchObject({ role: 'admin', team: 'blue' });
  });

  it('refuses a viewer whose grant is a plain true (403), with no call to Hanko', async () => {
    const { client, save } = editor('support');
    const base = await client.getUserMetadata(USER_ID);
    hanko.requests.length = 0;
    const refused = await apiFailure(save({ base, patch: { public_metadata: { role: 'admin' } } }));
    expect(refused.status).toBe(403);
    expect(hanko.requests).toHaveLength(0);
  });

  it("hands Hanko's over-limit 400 to the client with Hanko's message", async () => {
    const { client } = editor();
    const base = await client.getUserMetadata(USER_ID);
    const patch = { public_metadata: { note: 'x'.repeat(3000) } };
    // The bare client call, past the mutation's own size check, so Hanko is the one that says no.
    const error = await apiFailure(
      client.updateUserMetadata(USER_ID, patch, {
        fingerprint: await metadataFingerprint(base, ['public_metadata']),
      }),
    );
    expect(error.status).toBe(400);
    expect(error.serverMessage).toBe('metadata limit exceeded: public metadata must not exceed 3000 characters');
  });
});
