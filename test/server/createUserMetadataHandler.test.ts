// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { METADATA_CATEGORIES } from '../../src/core/HankoUserMetadata';
import {
  createUserMetadataHandler,
  toNodeHandler,
  type UserMetadataGrant,
  type UserMetadataHandlerOptions,
  type UserMetadataProxyErrorEvent,
  type UserMetadataProxyTarget,
} from '../../src/server/index';
import {
  closedPort,
  createResponseLog,
  type FakeUpstream,
  HANKO_KEY,
  hangUpWhen,
  letLoopbackThrough,
  type RunningServer,
  SYNODIC_KEY,
  startFakeUpstream,
  startServer,
  type SeenResponse,
  USER_ID,
} from './proxyTestServers';

const METADATA = { public_metadata: { role: 'admin' }, private_metadata: { plan: 'pro', seats: 3.5 } };
const TIMEOUT_MS = 300;
const ALL_CATEGORIES: UserMetadataGrant = { categories: METADATA_CATEGORIES };

let hanko: FakeUpstream;
let synodic: FakeUpstream;
let proxy: RunningServer;
const extraServers: RunningServer[] = [];
let authorize: ReturnType<typeof vi.fn<UserMetadataHandlerOptions['authorize']>>;
let errors: UserMetadataProxyErrorEvent[];
const log = createResponseLog();

/** Starts a proxy (Node adapter + handler) with the shared callbacks; closed in afterAll. */
async function startProxy(options: Partial<UserMetadataHandlerOptions>): Promise<RunningServer> {
  const handler = createUserMetadataHandler({
    authorize: (request, target) => authorize(request, target),
    onError: (event) => errors.push(event),
    timeoutMs: TIMEOUT_MS,
    ...options,
  });
  const running = await startServer(toNodeHandler(handler));
  extraServers.push(running);
  return running;
}

function upstreamCount(): number {
  return hanko.requests.length + synodic.requests.length;
}

beforeAll(async () => {
  hanko = await startFakeUpstream();
  synodic = await startFakeUpstream();
  proxy = await startProxy({
    // The admin API lives under a path on Hanko Cloud; the proxy must keep it.
    hanko: { baseUrl: `${hanko.origin}/admin`, apiKey: HANKO_KEY },
    synodic: { baseUrl: `${synodic.origin}/v0`, apiKey: SYNODIC_KEY },
  });
});

beforeEach(() => {
  letLoopbackThrough();
  hanko.requests.length = 0;
  synodic.requests.length = 0;
  hanko.reply = { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(METADATA) };
  synodic.reply = {
    status: 200,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ created_at: 1700000000, repositories: ['alice/cats'] }),
  };
  // Every category, so these tests see upstream's body whole; the category tests below narrow it.
  authorize = vi.fn<UserMetadataHandlerOptions['authorize']>(() => ALL_CATEGORIES);
  errors = [];
});

afterAll(async () => {
  await Promise.all([hanko, synodic, ...extraServers].map((server) => server.close()));
  // Every response of every test in this file, refusals and upstream failures included.
  expect(log.count).toBeGreaterThan(40);
  expect(log.text()).not.toContain(HANKO_KEY);
  expect(log.text()).not.toContain(SYNODIC_KEY);
});

const metadataPath = (id = USER_ID) => `/api/hanko/users/${id}/metadata`;

describe('forwarding GET /users/{uuid}/metadata to Hanko', () => {
  it('returns upstream status, body and content type unchanged, with Cache-Control: no-store', async () => {
    const response = await log.fetch(`${proxy.origin}${metadataPath()}`);
    expect(response.status).toBe(200);
    expect(response.body).toBe(JSON.stringify(METADATA));
    expect(response.headers['content-type']).toBe('application/json');
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('calls upstream once, under the base URL path, with the server key as a Bearer token', async () => {
    await log.fetch(`${proxy.origin}${metadataPath()}`);
    expect(hanko.requests).toHaveLength(1);
    const [request] = hanko.requests;
    expect(request?.method).toBe('GET');
    expect(request?.url).toBe(`/admin/users/${USER_ID}/metadata`);
    expect(request?.headers.authorization).toBe(`Bearer ${HANKO_KEY}`);
    expect(request?.headers['x-api-key']).toBeUndefined();
  });

  it("forwards neither the caller's Authorization and cookies nor any other header outside the allowlist", async () => {
    await log.fetch(`${proxy.origin}${metadataPath()}`, {
      headers: {
        authorization: 'Bearer caller-token',
        cookie: 'session=caller-session',
        'x-forwarded-for': '203.0.113.7',
        'x-custom': 'caller',
        'x-api-key': 'caller-key',
        accept: 'application/json',
        'accept-language': 'de-CH',
      },
    });
    const headers = hanko.requests[0]?.headers ?? {};
    expect(headers.authorization).toBe(`Bearer ${HANKO_KEY}`);
    expect(headers.cookie).toBeUndefined();
    expect(headers['x-forwarded-for']).toBeUndefined();
    expect(headers['x-custom']).toBeUndefined();
    expect(headers['x-api-key']).toBeUndefined();
    expect(headers.accept).toBe('application/json');
    expect(headers['accept-language']).toBe('de-CH');
    expect(JSON.stringify(headers)).not.toContain('caller');
  });

  it('lower-cases an upper-case UUID, as the client does', async () => {
    await log.fetch(`${proxy.origin}${metadataPath(USER_ID.toUpperCase())}`);
    expect(hanko.requests[0]?.url).toBe(`/admin/users/${USER_ID}/metadata`);
  });

  it('keeps a 204 a 204, with no body', async () => {
    hanko.reply = { status: 204 };
    const response = await log.fetch(`${proxy.origin}${metadataPath()}`);
    expect(response.status).toBe(204);
    expect(response.body).toBe('');
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it.each([
    [404, 'application/json', '{"code":404,"message":"user not found"}'],
    [400, 'application/json', '{"code":400,"message":"invalid user id"}'],
    [401, 'application/json', '{"code":401,"message":"Unauthorized"}'],
    [500, 'application/json', '{"code":500,"message":"could not fetch metadata"}'],
    [503, 'text/html; charset=utf-8', '<html><body>Service Unavailable</body></html>'],
  ])('passes an upstream %i through with its body and content type', async (status, contentType, body) => {
    hanko.reply = { status, headers: { 'content-type': contentType }, body };
    const response = await log.fetch(`${proxy.origin}${metadataPath()}`);
    expect(response.status).toBe(status);
    expect(response.body).toBe(body);
    expect(response.headers['content-type']).toBe(contentType);
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('drops upstream Set-Cookie, hop-by-hop and unknown headers, and replaces upstream caching headers', async () => {
    hanko.reply = {
      status: 200,
      headers: {
        'content-type': 'application/json',
        'set-cookie': ['upstream=1; Path=/', 'other=2'],
        'cache-control': 'public, max-age=3600',
        'keep-alive': 'timeout=99',
        'x-upstream-internal': 'db-7',
        'retry-after': '30',
      },
      body: '{}',
    };
    const response = await log.fetch(`${proxy.origin}${metadataPath()}`);
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(response.headers['x-upstream-internal']).toBeUndefined();
    expect(response.headers['keep-alive']).not.toBe('timeout=99');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['retry-after']).toBe('30');
  });
});

describe('forwarding GET /v0/{user} to Synodic', () => {
  it('calls Synodic with the server key in x-api-key and no Authorization', async () => {
    const response = await log.fetch(`${proxy.origin}/api/synodic/alice`, {
      headers: { authorization: 'Bearer caller-token', cookie: 'session=1' },
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ created_at: 1700000000, repositories: ['alice/cats'] });
    expect(response.headers['cache-control']).toBe('no-store');
    expect(synodic.requests).toHaveLength(1);
    const [request] = synodic.requests;
    expect(request?.url).toBe('/v0/alice');
    expect(request?.headers['x-api-key']).toBe(SYNODIC_KEY);
    expect(request?.headers.authorization).toBeUndefined();
    expect(request?.headers.cookie).toBeUndefined();
    expect(hanko.requests).toHaveLength(0);
  });

  it('forwards a percent-encoded username encoded exactly once', async () => {
    await log.fetch(`${proxy.origin}/api/synodic/${encodeURIComponent('Zoë Q')}`);
    expect(synodic.requests[0]?.url).toBe(`/v0/${encodeURIComponent('Zoë Q')}`);
  });

  it('passes a Synodic error body through', async () => {
    synodic.reply = {
      status: 404,
      headers: { 'content-type': 'application/json' },
      body: '{"error":"User not found"}',
    };
    const response = await log.fetch(`${proxy.origin}/api/synodic/nobody`);
    expect(response.status).toBe(404);
    expect(response.body).toBe('{"error":"User not found"}');
  });
});

describe('deny by default', () => {
  it('refuses with 403 JSON when authorize returns false, without calling upstream', async () => {
    authorize.mockReturnValue(false);
    const response = await log.fetch(`${proxy.origin}${metadataPath()}`);
    expect(response.status).toBe(403);
    expect(JSON.parse(response.body)).toEqual({ code: 403, message: 'forbidden' });
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(upstreamCount()).toBe(0);
  });

  it('refuses a Synodic lookup too when authorize returns false', async () => {
    authorize.mockResolvedValue(false);
    const response = await log.fetch(`${proxy.origin}/api/synodic/alice`);
    expect(response.status).toBe(403);
    expect(upstreamCount()).toBe(0);
  });

  it.each([
    ['a truthy string', 'yes'],
    ['1', 1],
    ['an object', { user: 'admin' }],
    ['undefined', undefined],
  ])('refuses when authorize returns %s instead of true', async (_label, value) => {
    authorize.mockReturnValue(value as unknown as boolean);
    const response = await log.fetch(`${proxy.origin}${metadataPath()}`);
    expect(response.status).toBe(403);
    expect(upstreamCount()).toBe(0);
  });

  it('answers 500 when authorize throws, never forwards, and reports it without the key', async () => {
    authorize.mockRejectedValue(new Error(`session store down (tried with ${HANKO_KEY})`));
    const response = await log.fetch(`${proxy.origin}${metadataPath()}`);
    expect(response.status).toBe(500);
    expect(JSON.parse(response.body)).toEqual({ code: 500, message: 'authorization check failed' });
    expect(response.headers['cache-control']).toBe('no-store');
    expect(upstreamCount()).toBe(0);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.kind).toBe('authorize');
    expect(errors[0]?.message).toContain('session store down');
    expect(errors[0]?.message).not.toContain(HANKO_KEY);
  });

  it("passes authorize the caller's request (cookies included) and what it asks for", async () => {
    await log.fetch(`${proxy.origin}${metadataPath(USER_ID.toUpperCase())}`, { headers: { cookie: 'session=abc' } });
    await log.fetch(`${proxy.origin}/api/synodic/alice`);
    expect(authorize).toHaveBeenCalledTimes(2);
    const [request, target] = authorize.mock.calls[0] ?? [];
    expect(request?.headers.get('cookie')).toBe('session=abc');
    expect(target).toEqual({
      service: 'hanko',
      operation: 'read',
      method: 'GET',
      userId: USER_ID,
    } satisfies UserMetadataProxyTarget);
    expect(authorize.mock.calls[1]?.[1]).toEqual({
      service: 'synodic',
      operation: 'read',
      method: 'GET',
      username: 'alice',
    });
  });

  it('lets authorize decide per target', async () => {
    const ownId = USER_ID;
    authorize.mockImplementation((_request, target) => target.service === 'hanko' && target.userId === ownId);
    expect((await log.fetch(`${proxy.origin}${metadataPath(ownId)}`)).status).toBe(200);
    const other = await log.fetch(`${proxy.origin}${metadataPath('11111111-2222-4333-8444-555555555555')}`);
    expect(other.status).toBe(403);
    expect(hanko.requests).toHaveLength(1);
  });

  it('refuses to create a handler without authorize, even from untyped JavaScript', () => {
    const untyped = { hanko: { baseUrl: 'https://t.hanko.io/admin', apiKey: HANKO_KEY } };
    expect(() => createUserMetadataHandler(untyped as unknown as UserMetadataHandlerOptions)).toThrow(
      /authorize is required/,
    );
    expect(() =>
      createUserMetadataHandler({ ...untyped, authorize: true } as unknown as UserMetadataHandlerOptions),
    ).toThrow(/authorize is required/);
  });

  it.each([
    ['no service at all', {}, /configure hanko, synodic, or both/],
    ['an empty Hanko key', { hanko: { baseUrl: 'https://t.hanko.io/admin', apiKey: ' ' } }, /hanko.apiKey/],
    ['a relative Hanko URL', { hanko: { baseUrl: '/admin', apiKey: HANKO_KEY } }, /hanko.baseUrl/],
    ['a non-http Hanko URL', { hanko: { baseUrl: 'file:///etc', apiKey: HANKO_KEY } }, /hanko.baseUrl/],
    ['a Synodic URL with a query', { synodic: { apiKey: SYNODIC_KEY, baseUrl: 'https://x/v0?a=1' } }, /synodic/],
    ['a missing Synodic key', { synodic: {} }, /synodic.apiKey/],
    ['a basePath with dots', { hanko: { baseUrl: 'https://t/admin', apiKey: 'k' }, basePath: '/api/../x' }, /basePath/],
    ['a zero timeout', { hanko: { baseUrl: 'https://t/admin', apiKey: 'k' }, timeoutMs: 0 }, /timeoutMs/],
  ])('refuses to create a handler with %s, without echoing the key', (_label, options, message) => {
    let thrown: unknown;
    try {
      createUserMetadataHandler({ authorize: () => true, ...options } as UserMetadataHandlerOptions);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect((thrown as Error).message).toMatch(message);
    expect((thrown as Error).message).not.toContain(HANKO_KEY);
    expect((thrown as Error).message).not.toContain(SYNODIC_KEY);
  });
});

describe('refusals before authorize and before any upstream call', () => {
  async function expectRefused(
    response: { status: number; headers: Record<string, string>; body: string },
    status: number,
    message: string,
  ): Promise<void> {
    expect(response.status).toBe(status);
    expect(JSON.parse(response.body)).toEqual({ code: status, message });
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(authorize).not.toHaveBeenCalled();
    expect(upstreamCount()).toBe(0);
  }

  it.each(['POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'])(
    'answers %s on the metadata route with 405 and Allow: GET',
    async (method) => {
      const response = await log.raw(proxy.port, metadataPath(), {
        method,
        headers: { 'content-type': 'application/json', 'content-length': '2' },
      });
      expect(response.status).toBe(405);
      expect(response.headers.allow).toBe('GET');
      expect(response.headers['cache-control']).toBe('no-store');
      if (method !== 'HEAD') expect(JSON.parse(response.body)).toEqual({ code: 405, message: 'method not allowed' });
      expect(authorize).not.toHaveBeenCalled();
      expect(upstreamCount()).toBe(0);
    },
  );

  it('answers DELETE on the Synodic route with 405', async () => {
    const response = await log.fetch(`${proxy.origin}/api/synodic/alice`, { method: 'DELETE' });
    expect(response.headers.allow).toBe('GET');
    await expectRefused(response, 405, 'method not allowed');
  });

  it.each([
    '/api/hanko/users',
    `/api/hanko/users/${USER_ID}`,
    `/api/hanko/users/${USER_ID}/metadata/extra`,
    `/api/hanko/users/${USER_ID}/webauthn_credentials`,
    `/api/hanko/Users/${USER_ID}/metadata`,
    `/api/hanko/users/${USER_ID}/METADATA`,
    '/api/hanko',
    '/api/synodic',
    '/api/synodic/alice/repos',
    '/api/other/thing',
    '/api',
    '/elsewhere',
    `/apix/hanko/users/${USER_ID}/metadata`,
    `/hanko/users/${USER_ID}/metadata`,
    `//api/hanko/users/${USER_ID}/metadata`,
  ])('answers 404 for %s', async (path) => {
    await expectRefused(await log.fetch(`${proxy.origin}${path}`), 404, 'not found');
  });

  it.each([
    'not-a-uuid',
    '3f2504e04f8941d39a0c0305e82c3301',
    `{${USER_ID}}`,
    `urn:uuid:${USER_ID}`,
    `${USER_ID}0`,
    '12345',
    '%20',
  ])('answers a non-UUID id (%s) exactly as Hanko does: 400 invalid user id', async (id) => {
    const response = await log.fetch(`${proxy.origin}/api/hanko/users/${id}/metadata`);
    await expectRefused(response, 400, 'invalid user id');
    expect(response.body).toBe('{"code":400,"message":"invalid user id"}');
  });

  it.each(['%20%20', '%E2%80%8B%00'])('answers an invalid Synodic username (%s) with 400', async (name) => {
    const response = await log.fetch(`${proxy.origin}/api/synodic/${name}`);
    expect(response.status).toBe(400);
    expect(authorize).not.toHaveBeenCalled();
    expect(upstreamCount()).toBe(0);
  });

  // Sent over a raw socket: fetch would normalise these before they ever left the test.
  it.each([
    `/api/hanko/users/../users/${USER_ID}/metadata`,
    `/api/hanko/users/${USER_ID}/metadata/..`,
    '/api/hanko/../../admin/users',
    `/api/hanko/users/%2e%2e/users/${USER_ID}/metadata`,
    `/api/hanko/users/%2E%2e/${USER_ID}/metadata`,
    `/api/hanko/users/.%2e/${USER_ID}/metadata`,
    `/api/hanko/users/./${USER_ID}/metadata`,
    `/api/hanko/users/${USER_ID}%2Fmetadata`,
    `/api/hanko/users/${USER_ID}%2fmetadata%2f..%2f..%2fusers`,
    `/api/hanko/users%2F${USER_ID}/metadata`,
    `/api/hanko/users/${USER_ID}%5Cmetadata`,
    `/api/hanko/users\\${USER_ID}\\metadata`,
    `/api/hanko/users/${USER_ID}\\..\\metadata`,
    `/api/hanko//users/${USER_ID}/metadata`,
    `/api/hanko/users//${USER_ID}/metadata`,
    `/api/hanko/users/${USER_ID}/metadata/`,
    `/api/hanko/users/${USER_ID}%00/metadata`,
    `/api/hanko/users/%252e%252e/${USER_ID}/metadata`,
    `/api/hanko/users/${USER_ID}%252Fmetadata`,
    '/api/synodic/..',
    '/api/synodic/%2e%2e',
    '/api/synodic/.',
    '/api/synodic/alice%2F..%2F..%2Fadmin',
    '/api/synodic/alice%5C..',
    '/api/synodic/%252e%252e%252fadmin',
    '/api/synodic/bad%E0%A4%A',
  ])('refuses the path trick %s with 400 before authorize or upstream', async (target) => {
    await expectRefused(await log.raw(proxy.port, target), 400, 'invalid path');
  });

  it.each([
    `${metadataPath()}?path=../../users`,
    `${metadataPath()}?url=http://evil.example/`,
    `${metadataPath()}?`,
    `${metadataPath()}?x=1`,
    '/api/synodic/alice?redirect=/v0/admin',
  ])('refuses a query string (%s) instead of silently dropping it', async (target) => {
    const response = await log.raw(proxy.port, target);
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body).code).toBe(400);
    expect(authorize).not.toHaveBeenCalled();
    expect(upstreamCount()).toBe(0);
  });

  it('answers 404 for Synodic routes when only Hanko is configured', async () => {
    const hankoOnly = await startProxy({ hanko: { baseUrl: `${hanko.origin}/admin`, apiKey: HANKO_KEY } });
    await expectRefused(await log.fetch(`${hankoOnly.origin}/api/synodic/alice`), 404, 'not found');
  });
});

describe('upstream failures', () => {
  it('answers 504 JSON when upstream does not answer in time, and reports a timeout', async () => {
    hanko.reply = () => undefined; // never answers
    const started = Date.now();
    const response = await log.fetch(`${proxy.origin}${metadataPath()}`);
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 2000);
    expect(response.status).toBe(504);
    expect(JSON.parse(response.body)).toEqual({ code: 504, message: `Hanko did not answer within ${TIMEOUT_MS} ms` });
    expect(response.headers['cache-control']).toBe('no-store');
    expect(hanko.requests).toHaveLength(1);
    expect(errors.map((event) => [event.kind, event.service])).toEqual([['timeout', 'hanko']]);
  });

  it('answers 504 when upstream sends headers but stalls the body, rather than a cut-off 200', async () => {
    hanko.reply = (res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"public_metadata":');
    };
    const response = await log.fetch(`${proxy.origin}${metadataPath()}`);
    expect(response.status).toBe(504);
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('answers 502 JSON when nothing listens upstream, and logs the cause without the key', async () => {
    const port = await closedPort();
    const dead = await startProxy({
      hanko: { baseUrl: `http://127.0.0.1:${port}/admin`, apiKey: HANKO_KEY },
      synodic: { baseUrl: `http://127.0.0.1:${port}/v0`, apiKey: SYNODIC_KEY },
    });
    const response = await log.fetch(`${dead.origin}${metadataPath()}`);
    expect(response.status).toBe(502);
    expect(JSON.parse(response.body)).toEqual({ code: 502, message: 'could not reach Hanko' });
    expect(response.headers['cache-control']).toBe('no-store');
    const synodicResponse = await log.fetch(`${dead.origin}/api/synodic/alice`);
    expect(synodicResponse.status).toBe(502);
    expect(errors.map((event) => event.kind)).toEqual(['network', 'network']);
    expect(errors[0]?.message).toMatch(/ECONNREFUSED/);
    for (const event of errors) {
      expect(event.message).not.toContain(HANKO_KEY);
      expect(event.message).not.toContain(SYNODIC_KEY);
    }
  });

  it('does not follow an upstream redirect (which would carry the key elsewhere): 502', async () => {
    const elsewhere = await startFakeUpstream();
    extraServers.push(elsewhere);
    elsewhere.reply = { status: 200, body: '{}' };
    synodic.reply = { status: 302, headers: { location: `${elsewhere.origin}/steal` } };
    const response = await log.fetch(`${proxy.origin}/api/synodic/alice`);
    expect(response.status).toBe(502);
    expect(elsewhere.requests).toHaveLength(0);
    expect(response.headers.location).toBeUndefined();
    expect(errors[0]?.kind).toBe('redirect');
  });

  it('withholds an upstream answer that echoes the key (502), in the body or a header', async () => {
    hanko.reply = (res, request) => {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: 401, message: `bad key: ${request.headers.authorization}` }));
    };
    const response = await log.fetch(`${proxy.origin}${metadataPath()}`);
    expect(response.status).toBe(502);
    expect(response.body).not.toContain(HANKO_KEY);
    expect(errors[0]?.kind).toBe('key-in-response');

    synodic.reply = (res, request) => {
      res.writeHead(200, { 'content-type': `application/json; x=${request.headers['x-api-key']}` });
      res.end('{}');
    };
    const fromHeader = await log.fetch(`${proxy.origin}/api/synodic/alice`);
    expect(fromHeader.status).toBe(502);
  });

  it('refuses an upstream body larger than 1 MiB with 502', async () => {
    hanko.reply = {
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: `{"public_metadata":{"x":"${'a'.repeat(1024 * 1024)}"}}`,
    };
    const response = await log.fetch(`${proxy.origin}${metadataPath()}`);
    expect(response.status).toBe(502);
    expect(errors[0]?.kind).toBe('response-too-large');
  });

  it('logs to console.error without the key when no onError is given', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const port = await closedPort();
    const handler = createUserMetadataHandler({
      hanko: { baseUrl: `http://127.0.0.1:${port}/${HANKO_KEY}`, apiKey: HANKO_KEY },
      authorize: () => true,
    });
    const quiet = await startServer(toNodeHandler(handler));
    extraServers.push(quiet);
    const response = await log.fetch(`${quiet.origin}${metadataPath()}`);
    expect(response.status).toBe(502);
    expect(consoleError).toHaveBeenCalledTimes(1);
    const line = String(consoleError.mock.calls[0]?.[0]);
    expect(line).toMatch(/^\[react-user-metadata\/server\] hanko: could not reach Hanko/);
    expect(line).toContain('[redacted]');
    expect(line).not.toContain(HANKO_KEY);
  });
});

/** A thrown value that `String()` cannot describe: it has no prototype, so no toString. */
function nullPrototypeObject(): object {
  return Object.create(null) as object;
}

/** A thrown value whose toString itself throws. */
function objectWithThrowingToString(): object {
  return {
    toString() {
      throw new Error('toString is broken too');
    },
  };
}

describe('hostile authorize results, callers and upstreams', () => {
  /** The same handler as the Node proxy, called directly as a Web-standard runtime would. */
  function webHandler() {
    return createUserMetadataHandler({
      hanko: { baseUrl: `${hanko.origin}/admin`, apiKey: HANKO_KEY },
      synodic: { baseUrl: `${synodic.origin}/v0`, apiKey: SYNODIC_KEY },
      authorize: (request, target) => authorize(request, target),
      onError: (event) => errors.push(event),
      timeoutMs: TIMEOUT_MS,
    });
  }

  async function callWeb(url: string, init?: RequestInit): Promise<SeenResponse> {
    const response = await webHandler()(new Request(url, init));
    await log.record(response.clone());
    return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
  }

  it.each([
    ['a null-prototype object', nullPrototypeObject],
    ['an object whose toString throws', objectWithThrowingToString],
  ])('answers 500 and reports once when authorize throws %s (Node adapter)', async (_label, thrown) => {
    authorize.mockImplementation(() => {
      throw thrown();
    });
    const response = await log.fetch(`${proxy.origin}${metadataPath()}`);
    expect(response.status).toBe(500);
    expect(JSON.parse(response.body)).toEqual({ code: 500, message: 'authorization check failed' });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.kind).toBe('authorize');
    expect(upstreamCount()).toBe(0);
  });

  it.each([
    ['a null-prototype object', nullPrototypeObject],
    ['an object whose toString throws', objectWithThrowingToString],
  ])('answers 500 and reports once when authorize rejects with %s (Web handler)', async (_label, thrown) => {
    authorize.mockImplementation(() => Promise.reject(thrown()));
    const response = await callWeb(`http://localhost${metadataPath()}`);
    expect(response.status).toBe(500);
    expect(JSON.parse(response.body)).toEqual({ code: 500, message: 'authorization check failed' });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.kind).toBe('authorize');
    expect(upstreamCount()).toBe(0);
  });

  it.each([`${metadataPath()}?#`, `${metadataPath()}?#x=1`, '/api/synodic/alice?#', '/api/synodic/alice?#x=1'])(
    'refuses the empty query of %s with 400, over a socket and in the Web handler',
    async (target) => {
      const overSocket = await log.raw(proxy.port, target);
      expect(overSocket.status).toBe(400);
      expect(JSON.parse(overSocket.body)).toEqual({ code: 400, message: 'query parameters are not allowed' });
      const direct = await callWeb(`http://localhost${target}`);
      expect(direct.status).toBe(400);
      expect(JSON.parse(direct.body)).toEqual({ code: 400, message: 'query parameters are not allowed' });
      expect(authorize).not.toHaveBeenCalled();
      expect(upstreamCount()).toBe(0);
    },
  );

  it.each([
    [metadataPath(), 405, 'GET'],
    ['/api/synodic/alice', 405, 'GET'],
    ['/api/hanko/users', 404, undefined],
  ])('answers TRACE %s like any unsupported method (%i, Allow %s)', async (target, status, allow) => {
    const response = await log.raw(proxy.port, target, { method: 'TRACE' });
    expect(response.status).toBe(status);
    expect(response.headers.allow).toBe(allow);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(response.body).code).toBe(status);
    expect(authorize).not.toHaveBeenCalled();
    expect(upstreamCount()).toBe(0);
  });

  it.each([600, 999])('answers 502 and reports it when upstream sends the out-of-range status %i', async (status) => {
    hanko.reply = { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(METADATA) };
    const overSocket = await log.fetch(`${proxy.origin}${metadataPath()}`);
    expect(overSocket.status).toBe(502);
    expect(overSocket.body).not.toContain('pro');
    const direct = await callWeb(`http://localhost${metadataPath()}`);
    expect(direct.status).toBe(502);
    expect(errors.map((event) => [event.kind, event.service])).toEqual([
      ['invalid-status', 'hanko'],
      ['invalid-status', 'hanko'],
    ]);
    expect(errors[0]?.message).toContain(String(status));
  });

  it('does not call upstream for a caller that hung up while an async authorize was pending (Node adapter)', async () => {
    let decided = false;
    authorize.mockImplementation(async (request) => {
      // Say yes only once the caller is gone: a proxy that forwards now spends the key for nobody.
      await new Promise((resolve) => request.signal.addEventListener('abort', resolve, { once: true }));
      decided = true;
      return true;
    });
    const hungUp = log
      .raw(proxy.port, metadataPath(), { onSocket: hangUpWhen(() => authorize.mock.calls.length > 0) })
      .catch((error: unknown) => error);
    expect(await hungUp).toBeInstanceOf(Error);
    await vi.waitFor(() => expect(decided).toBe(true), { timeout: 2000 });
    // Forwarding would happen within a few milliseconds of the decision on loopback.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(upstreamCount()).toBe(0);
  });

  it('does not call upstream for a request aborted while an async authorize was pending (Web handler)', async () => {
    const caller = new AbortController();
    authorize.mockImplementation(async () => {
      caller.abort();
      await Promise.resolve();
      return true;
    });
    const response = await webHandler()(new Request(`http://localhost${metadataPath()}`, { signal: caller.signal }));
    await log.record(response.clone());
    expect(authorize).toHaveBeenCalledTimes(1);
    expect(upstreamCount()).toBe(0);
    expect(errors).toEqual([]);
  });
});
