// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../src/core/ApiError';
import { createHankoClient } from '../../src/core/createHankoClient';
import { METADATA_CATEGORIES } from '../../src/core/HankoUserMetadata';
import { createSynodicClient } from '../../src/core/createSynodicClient';
import { createUserMetadataHandler, toNodeHandler } from '../../src/server/index';
import {
  createResponseLog,
  type FakeUpstream,
  HANKO_KEY,
  letLoopbackThrough,
  type RunningServer,
  SYNODIC_KEY,
  startFakeUpstream,
  startServer,
  USER_ID,
} from './proxyTestServers';

// The library's own browser-side clients, with no key, talking to the proxy over real sockets.
let hanko: FakeUpstream;
let synodic: FakeUpstream;
let proxy: RunningServer;
let allow = true;
const log = createResponseLog();

beforeAll(async () => {
  hanko = await startFakeUpstream();
  synodic = await startFakeUpstream();
  const handler = createUserMetadataHandler({
    hanko: { baseUrl: `${hanko.origin}/admin`, apiKey: HANKO_KEY },
    synodic: { baseUrl: `${synodic.origin}/v0`, apiKey: SYNODIC_KEY },
    // Admins ('ok') get every category; support staff get the default grant, without private metadata.
    authorize: (request) => {
      const session = request.headers.get('x-admin-session');
      if (!allow) return false;
      return session === 'ok' ? { categories: METADATA_CATEGORIES } : session === 'support';
    },
    timeoutMs: 300,
    onError: () => undefined,
  });
  proxy = await startServer(toNodeHandler(handler));
});

beforeEach(() => {
  letLoopbackThrough();
  allow = true;
  hanko.requests.length = 0;
  synodic.requests.length = 0;
});

afterAll(async () => {
  await Promise.all([hanko, synodic, proxy].map((server) => server.close()));
  expect(log.count).toBeGreaterThan(5);
  expect(log.text()).not.toContain(HANKO_KEY);
  expect(log.text()).not.toContain(SYNODIC_KEY);
});

function hankoClient(session = 'ok') {
  return createHankoClient({
    baseUrl: `${proxy.origin}/api/hanko`,
    headers: { 'x-admin-session': session },
    fetch: log.recordingFetch,
  });
}

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('createHankoClient({ baseUrl: "/api/hanko" }) through the proxy', () => {
  it('reads metadata without holding a key; the proxy adds it upstream', async () => {
    hanko.reply = {
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ public_metadata: { role: 'admin' }, private_metadata: { tier: 2 } }),
    };
    const metadata = await hankoClient().getUserMetadata(USER_ID);
    expect(metadata).toEqual({ public_metadata: { role: 'admin' }, private_metadata: { tier: 2 } });
    expect(hanko.requests).toHaveLength(1);
    expect(hanko.requests[0]?.url).toBe(`/admin/users/${USER_ID}/metadata`);
    expect(hanko.requests[0]?.headers.authorization).toBe(`Bearer ${HANKO_KEY}`);
  });

  it('keeps the proxy\'s word that private metadata was withheld, so "hidden" is not read as "none"', async () => {
    hanko.reply = {
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ public_metadata: { role: 'support' }, private_metadata: { tier: 'PRIVATE-9d1' } }),
    };
    expect(await hankoClient('support').getUserMetadata(USER_ID)).toEqual({
      public_metadata: { role: 'support' },
      withheld_categories: ['private_metadata'],
    });
    hanko.reply = { status: 204 };
    expect(await hankoClient('support').getUserMetadata(USER_ID)).toEqual({ withheld_categories: ['private_metadata'] });
    expect(log.text()).not.toContain('PRIVATE-9d1');
  });

  it('resolves a 204 to null', async () => {
    hanko.reply = { status: 204 };
    expect(await hankoClient().getUserMetadata(USER_ID)).toBeNull();
  });

  it("surfaces Hanko's 404 as a not-found ApiError with Hanko's message", async () => {
    hanko.reply = {
      status: 404,
      headers: { 'content-type': 'application/json' },
      body: '{"code":404,"message":"user not found"}',
    };
    const error = await rejection(hankoClient().getUserMetadata(USER_ID));
    expect(error.status).toBe(404);
    expect(error.isNotFound).toBe(true);
    expect(error.serverMessage).toBe('user not found');
  });

  it("surfaces the proxy's refusal as a 403 ApiError that is not retried", async () => {
    allow = false;
    const error = await rejection(hankoClient().getUserMetadata(USER_ID));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(403);
    expect(error.serverMessage).toBe('forbidden');
    expect(error.isRetryable).toBe(false);
    expect(hanko.requests).toHaveLength(0);
  });

  it('surfaces an upstream timeout as a retryable 504 ApiError', async () => {
    hanko.reply = () => undefined;
    const error = await rejection(hankoClient().getUserMetadata(USER_ID));
    expect(error.status).toBe(504);
    expect(error.isRetryable).toBe(true);
  });
});

describe('createSynodicClient({ baseUrl: "/api/synodic" }) through the proxy', () => {
  it("gets the owner's view with the server's key, the client holding none", async () => {
    const owner = { created_at: 1700000000, repositories: ['alice/cats'], plan: 'pay-as-you-go', models_trained: 4 };
    synodic.reply = { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(owner) };
    const client = createSynodicClient({
      baseUrl: `${proxy.origin}/api/synodic`,
      headers: { 'x-admin-session': 'ok' },
      fetch: log.recordingFetch,
    });
    expect(client.authenticated).toBe(false);
    const user = await client.getUser('alice');
    expect(user).toMatchObject(owner);
    expect(synodic.requests[0]?.url).toBe('/v0/alice');
    expect(synodic.requests[0]?.headers['x-api-key']).toBe(SYNODIC_KEY);
  });
});
