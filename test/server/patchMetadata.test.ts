// @vitest-environment node
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMetadataPatch } from '../../src/core/createMetadataPatch';
import { stringifyExactJson } from '../../src/core/stringifyExactJson';
import { exactNumber } from '../../src/core/exactNumber';
import { parseExactJson } from '../../src/core/parseExactJson';
import { type HankoMetadataPatch, patchCategories } from '../../src/core/HankoMetadataPatch';
import { type HankoUserMetadata, METADATA_CATEGORIES } from '../../src/core/HankoUserMetadata';
import { METADATA_CONFLICT_MESSAGE } from '../../src/core/metadataConflict';
import { METADATA_FINGERPRINT_HEADER, metadataFingerprint } from '../../src/core/metadataFingerprint';
import { WITHHELD_CATEGORIES_HEADER } from '../../src/core/withheldCategories';
import { createHankoMetadataStore, type HankoMetadataStore } from '../../src/msw/hankoMetadataStore';
import {
  createUserMetadataHandler,
  MAX_PATCH_BYTES,
  toNodeHandler,
  type UserMetadataHandler,
  type UserMetadataHandlerOptions,
  type UserMetadataProxyErrorEvent,
} from '../../src/server/index';
import { hankoAdmin } from './fakeHankoAdmin';
import {
  closedPort,
  createResponseLog,
  type FakeUpstream,
  HANKO_KEY,
  letLoopbackThrough,
  type RunningServer,
  type SeenResponse,
  startFakeUpstream,
  startServer,
  USER_ID,
} from './proxyTestServers';

// Private values carry a marker: one check at the end proves none reached a caller not granted them.
const PRIVATE_MARKER = 'PRIVATE-VALUE-71ad';
const TIMEOUT_MS = 400;
const OTHER_USER = '11111111-2222-4333-8444-555555555555';
const INITIAL: HankoUserMetadata = {
  public_metadata: { role: 'viewer', id: exactNumber('9007199254740993'), tags: ['a', null] },
  private_metadata: { plan: PRIVATE_MARKER },
  unsafe_metadata: { theme: 'dark' },
};
const EVERYTHING = { categories: METADATA_CATEGORIES, write: METADATA_CATEGORIES };
const PUBLIC_EDITOR = { categories: ['public_metadata', 'unsafe_metadata'], write: ['public_metadata'] } as const;

let hanko: FakeUpstream;
let store: HankoMetadataStore;
let proxy: RunningServer;
let handler: UserMetadataHandler;
let authorize: ReturnType<typeof vi.fn<UserMetadataHandlerOptions['authorize']>>;
let errors: UserMetadataProxyErrorEvent[];
const extraServers: RunningServer[] = [];
const log = createResponseLog();
/** Answers to callers without a private grant: none may hold a private value. */
const withheldLog = createResponseLog();

function handlerOptions(baseUrl: string): UserMetadataHandlerOptions {
  return {
    hanko: { baseUrl, apiKey: HANKO_KEY, allowWrites: true },
    authorize: (request, target) => authorize(request, target),
    onError: (event) => errors.push(event),
    timeoutMs: TIMEOUT_MS,
  };
}

beforeAll(async () => {
  hanko = await startFakeUpstream();
  handler = createUserMetadataHandler(handlerOptions(`${hanko.origin}/admin`));
  proxy = await startServer(toNodeHandler(handler));
});

beforeEach(() => {
  letLoopbackThrough();
  store = createHankoMetadataStore({ [USER_ID]: INITIAL });
  hanko.requests.length = 0;
  hanko.reply = hankoAdmin(store);
  authorize = vi.fn<UserMetadataHandlerOptions['authorize']>(() => EVERYTHING);
  errors = [];
});

afterAll(async () => {
  await Promise.all([hanko, proxy, ...extraServers].map((server) => server.close()));
  expect(log.count).toBeGreaterThan(30);
  expect(withheldLog.count).toBeGreaterThan(2);
  expect(withheldLog.text()).not.toContain(PRIVATE_MARKER);
  expect(`${log.text()}\n${withheldLog.text()}`).not.toContain(HANKO_KEY);
});

const metadataUrl = (origin = proxy.origin, id = USER_ID) => `${origin}/api/hanko/users/${id}/metadata`;

/** The fingerprint a client sends: of what it read, over the categories its patch changes. */
const fingerprintOf = (base: HankoUserMetadata | null, patch: HankoMetadataPatch | null) =>
  metadataFingerprint(base, patchCategories(patch));

interface PatchOptions {
  fingerprint?: string | null;
  contentType?: string | null;
  body?: string;
  url?: string;
  headers?: Record<string, string>;
  record?: typeof log;
}

/** PATCH through the proxy's socket, fingerprinted against INITIAL unless told otherwise. */
async function sendPatch(patch: HankoMetadataPatch | null, options: PatchOptions = {}): Promise<SeenResponse> {
  const fingerprint = options.fingerprint === undefined ? await fingerprintOf(INITIAL, patch) : options.fingerprint;
  const headers: Record<string, string> = { ...options.headers };
  const contentType = options.contentType === undefined ? 'application/json' : options.contentType;
  if (contentType !== null) headers['content-type'] = contentType;
  if (fingerprint !== null) headers[METADATA_FINGERPRINT_HEADER] = fingerprint;
  return (options.record ?? log).fetch(options.url ?? metadataUrl(), {
    method: 'PATCH',
    headers,
    body: options.body ?? stringifyExactJson(patch),
  });
}

const upstreamCalls = () => hanko.requests.map((request) => request.method);

describe('PATCH granted: re-read, compare, patch with the server key', () => {
  it("sends the patch to Hanko's PATCH /users/{id}/metadata with the Bearer key, and answers Hanko's new state", async () => {
    const patch = { public_metadata: { role: 'admin', quota: exactNumber('12345678901234567890') } };
    const response = await sendPatch(patch, { headers: { cookie: 'session=admin', authorization: 'Bearer caller' } });
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    // Byte for byte what Hanko answered: the number beyond 2^53 and the new 20-digit one unchanged.
    expect(response.body).toBe(
      '{"public_metadata":{"role":"admin","id":9007199254740993,"tags":["a",null],"quota":12345678901234567890},' +
        `"private_metadata":{"plan":"${PRIVATE_MARKER}"},"unsafe_metadata":{"theme":"dark"}}`,
    );
    expect(upstreamCalls()).toEqual(['GET', 'PATCH']);
    const sent = hanko.requests[1];
    expect(sent?.url).toBe(`/admin/users/${USER_ID}/metadata`);
    expect(sent?.headers.authorization).toBe(`Bearer ${HANKO_KEY}`);
    expect(sent?.headers['content-type']).toBe('application/json');
    expect(sent?.body).toBe('{"public_metadata":{"role":"admin","quota":12345678901234567890}}');
    expect(sent?.headers.cookie).toBeUndefined();
    expect(sent?.headers[METADATA_FINGERPRINT_HEADER]).toBeUndefined();
    expect(stringifyExactJson(store.get(USER_ID)?.public_metadata)).toBe(
      '{"role":"admin","id":9007199254740993,"tags":["a",null],"quota":12345678901234567890}',
    );
  });

  it('tells authorize it is a write, of which user and which categories', async () => {
    await sendPatch({ public_metadata: { role: 'admin' }, unsafe_metadata: null });
    expect(authorize).toHaveBeenCalledTimes(1);
    expect(authorize.mock.calls[0]?.[1]).toEqual({
      service: 'hanko',
      operation: 'write',
      method: 'PATCH',
      userId: USER_ID,
      categories: ['public_metadata', 'unsafe_metadata'],
    });
  });

  it('answers 204 when the patch leaves nothing, as Hanko does', async () => {
    const response = await sendPatch(null);
    expect(response.status).toBe(204);
    expect(response.body).toBe('');
    expect(hanko.requests[1]?.body).toBe('null');
    expect(store.get(USER_ID)).toBeNull();
  });

  it('removes private metadata from the answer when the grant does not read it, and says so', async () => {
    authorize.mockReturnValue(PUBLIC_EDITOR);
    const patch = { public_metadata: { role: 'admin' } };
    // The client fingerprints what it read, over the categories it patches: public only.
    const read = { public_metadata: INITIAL.public_metadata, unsafe_metadata: INITIAL.unsafe_metadata };
    const response = await sendPatch(patch, { fingerprint: await fingerprintOf(read, patch), record: withheldLog });
    expect(response.status).toBe(200);
    expect(response.headers[WITHHELD_CATEGORIES_HEADER]).toBe('private_metadata');
    expect(parseExactJson(response.body)).toEqual({
      public_metadata: { ...INITIAL.public_metadata, role: 'admin' },
      unsafe_metadata: { theme: 'dark' },
    });
  });

  it('sends Hanko only the three categories as they were checked: no unknown or look-alike keys, no duplicates', async () => {
    authorize.mockReturnValue(PUBLIC_EDITOR);
    const body = '{"public_metadata":{"x":1},"Private_Metadata":{"plan":"free"},"extra":1,"public_metadata":{"role":"owner"}}';
    const patch = { public_metadata: { role: 'owner' } };
    const response = await sendPatch(patch, { body, record: withheldLog });
    expect(response.status).toBe(200);
    expect(hanko.requests[1]?.body).toBe('{"public_metadata":{"role":"owner"}}');
    expect(store.get(USER_ID)?.private_metadata).toEqual({ plan: PRIVATE_MARKER });
  });

  it('accepts a UTF-8 charset, and works the same in the Web handler without the Node adapter', async () => {
    const patch = { unsafe_metadata: { theme: 'light' } };
    const response = await handler(
      new Request(metadataUrl('http://localhost'), {
        method: 'PATCH',
        headers: {
          'content-type': 'application/json; charset=UTF-8',
          [METADATA_FINGERPRINT_HEADER]: await fingerprintOf(INITIAL, patch),
        },
        body: JSON.stringify(patch),
      }),
    );
    await log.record(response.clone());
    expect(response.status).toBe(200);
    expect(store.get(USER_ID)?.unsafe_metadata).toEqual({ theme: 'light' });
  });
});

describe('PATCH refused unless the grant names every category it changes', () => {
  it.each([
    ['a plain true (which grants reads only)', true],
    ['a grant that reads everything but writes nothing', { categories: METADATA_CATEGORIES }],
    ['a grant whose write list is empty', { categories: METADATA_CATEGORIES, write: [] }],
    ['a grant that writes public metadata only, for a patch of private', PUBLIC_EDITOR],
    ['false', false],
  ] as const)('answers 403 for %s, without any upstream call', async (_label, grant) => {
    authorize.mockReturnValue(grant);
    const response = await sendPatch({ public_metadata: { role: 'admin' }, private_metadata: { plan: 'free' } });
    expect(response.status).toBe(403);
    expect(JSON.parse(response.body)).toEqual({ code: 403, message: 'forbidden' });
    expect(hanko.requests).toHaveLength(0);
    expect(store.get(USER_ID)).toEqual(INITIAL);
  });

  it('refuses a null patch (which clears all three) unless all three may be written', async () => {
    authorize.mockReturnValue(PUBLIC_EDITOR);
    expect((await sendPatch(null)).status).toBe(403);
    expect(authorize.mock.calls[0]?.[1]).toMatchObject({ categories: METADATA_CATEGORIES });
    expect(hanko.requests).toHaveLength(0);
  });

  it.each([
    ['writes to a category it cannot read', { categories: ['public_metadata'], write: ['private_metadata'] }, /writes to private_metadata but not reads/],
    ['an unknown category to write', { categories: METADATA_CATEGORIES, write: ['public'] }, /unknown categories to write \("public"\)/],
    ['a write list that is not a list', { categories: METADATA_CATEGORIES, write: 'public_metadata' }, /write that are not a list/],
    ['write without categories', { write: ['public_metadata'] }, /write grant without categories/],
  ])('answers 500 and reports a grant with %s, without any upstream call', async (_label, grant, problem) => {
    authorize.mockReturnValue(grant as unknown as boolean);
    const response = await sendPatch({ public_metadata: { role: 'admin' } });
    expect(response.status).toBe(500);
    expect(JSON.parse(response.body)).toEqual({ code: 500, message: 'authorization check failed' });
    expect(errors.map((event) => event.kind)).toEqual(['authorize']);
    expect(errors[0]?.message).toMatch(problem);
    expect(hanko.requests).toHaveLength(0);
  });

  it('answers 405 naming both methods for a method the route does not take', async () => {
    const response = await log.fetch(metadataUrl(), { method: 'PUT', body: '{}' });
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('GET, PATCH');
    expect(authorize).not.toHaveBeenCalled();
  });

  it('keeps PATCH a 405 on a proxy not configured to write, and refuses a non-boolean allowWrites', async () => {
    const readOnly = createUserMetadataHandler({ ...handlerOptions(`${hanko.origin}/admin`), hanko: { baseUrl: hanko.origin, apiKey: HANKO_KEY } });
    const response = await readOnly(new Request(metadataUrl('http://localhost'), { method: 'PATCH', body: '{}' }));
    await log.record(response.clone());
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
    const stringly = { baseUrl: hanko.origin, apiKey: HANKO_KEY, allowWrites: 'false' as unknown as boolean };
    expect(() => createUserMetadataHandler({ ...handlerOptions(hanko.origin), hanko: stringly })).toThrow(
      /hanko.allowWrites must be true or false/,
    );
  });
});

describe('PATCH request checks, before authorize and before any upstream call', () => {
  async function expectRefused(response: SeenResponse, status: number, message: string | RegExp): Promise<void> {
    expect(response.status).toBe(status);
    const body = JSON.parse(response.body) as { code: number; message: string };
    expect(body.code).toBe(status);
    expect(body.message).toMatch(message);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(authorize).not.toHaveBeenCalled();
    expect(hanko.requests).toHaveLength(0);
  }

  it.each([null, 'text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1', 'application/jsonx'])(
    'answers 415 for Content-Type %s',
    async (contentType) => {
      await expectRefused(await sendPatch({ public_metadata: { a: 1 } }, { contentType }), 415, /Content-Type: application\/json/);
    },
  );

  it('answers 428 without a fingerprint: every write must say what it was made against', async () => {
    await expectRefused(await sendPatch({ public_metadata: { a: 1 } }, { fingerprint: null }), 428, /x-metadata-fingerprint is required/);
  });

  it.each(['', 'abc', 'g'.repeat(64), 'a'.repeat(65)])('answers 400 for the malformed fingerprint "%s"', async (fingerprint) => {
    await expectRefused(await sendPatch({ public_metadata: { a: 1 } }, { fingerprint }), 400, /must be a hex SHA-256/);
  });

  it.each([
    ['not JSON', '{"public_metadata":', /not valid JSON/],
    ['empty', '', /not valid JSON/],
    ['an array', '[{"public_metadata":{}}]', /must be a JSON object/],
    ['a string', '"public_metadata"', /must be a JSON object/],
    ['a category that is an array', '{"public_metadata":[1]}', /must be an object or null/],
    ['a category that is a number', '{"private_metadata":1}', /must be an object or null/],
  ])('answers 400 for a body that is %s', async (_label, body, message) => {
    await expectRefused(await sendPatch({}, { body }), 400, message);
  });

  it('answers 413 for a body over the cap, and the caller still gets the answer', async () => {
    const body = JSON.stringify({ public_metadata: { x: 'a'.repeat(MAX_PATCH_BYTES) } });
    await expectRefused(await sendPatch({}, { body }), 413, /too large \(at most 65536 bytes\)/);
  });

  it('answers 413 from Content-Length alone, before reading the body', async () => {
    const response = await log.raw(proxy.port, `/api/hanko/users/${USER_ID}/metadata`, {
      method: 'PATCH',
      headers: {
        'content-type': 'application/json',
        [METADATA_FINGERPRINT_HEADER]: 'a'.repeat(64),
        'content-length': String(MAX_PATCH_BYTES + 1),
      },
    });
    expect(response.status).toBe(413);
    expect(authorize).not.toHaveBeenCalled();
    expect(hanko.requests).toHaveLength(0);
  });

  it('answers 400, not a hang, when a body parser before the adapter already read the body', async () => {
    const adapter = toNodeHandler(handler);
    const afterBodyParser = await startServer(async (req, res) => {
      // What express.json() does before the proxy's middleware runs.
      for await (const _ of req) {
        // drained
      }
      adapter(req, res);
    });
    extraServers.push(afterBodyParser);
    const patch = { public_metadata: { a: 1 } };
    await expectRefused(await sendPatch(patch, { url: metadataUrl(afterBodyParser.origin) }), 400, /not valid JSON/);
  });

  it('passes a body just under the cap on to the checks', async () => {
    const body = JSON.stringify({ public_metadata: { x: 'a'.repeat(MAX_PATCH_BYTES - 40) } });
    const response = await sendPatch({}, { body, fingerprint: await fingerprintOf(INITIAL, { public_metadata: {} }) });
    // Hanko's limit answers it, not the proxy's cap.
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body).message).toBe('metadata limit exceeded: public metadata must not exceed 3000 characters');
  });
});

describe('lost-update protection: 409 with the current metadata when the fingerprint is stale', () => {
  it('answers 409 with the metadata as it is now, and never sends the patch', async () => {
    store.patch(USER_ID, { public_metadata: { role: 'editor', seen: exactNumber('1.0') } });
    const response = await sendPatch({ public_metadata: { role: 'admin' } });
    expect(response.status).toBe(409);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(upstreamCalls()).toEqual(['GET']);
    expect(response.body).toBe(
      `{"code":409,"message":"${METADATA_CONFLICT_MESSAGE}","metadata":{"public_metadata":{"role":"editor","id":9007199254740993,"tags":["a",null],"seen":1.0},` +
        `"private_metadata":{"plan":"${PRIVATE_MARKER}"},"unsafe_metadata":{"theme":"dark"}}}`,
    );
  });

  it('leaves out of the 409 the categories the caller may not read', async () => {
    authorize.mockReturnValue(PUBLIC_EDITOR);
    store.patch(USER_ID, { public_metadata: { role: 'editor' } });
    const response = await sendPatch({ public_metadata: { role: 'admin' } }, { record: withheldLog });
    expect(response.status).toBe(409);
    expect(response.headers[WITHHELD_CATEGORIES_HEADER]).toBe('private_metadata');
    const body = parseExactJson(response.body) as { metadata: HankoUserMetadata };
    expect(Object.keys(body.metadata)).toEqual(['public_metadata', 'unsafe_metadata']);
  });

  it('answers 409 with null metadata when everything was deleted meanwhile', async () => {
    store.set(USER_ID, null);
    const response = await sendPatch({ public_metadata: { role: 'admin' } });
    expect(response.status).toBe(409);
    expect(JSON.parse(response.body)).toEqual({ code: 409, message: METADATA_CONFLICT_MESSAGE, metadata: null });
  });

  it('compares only the categories the patch changes: an edit elsewhere is no conflict', async () => {
    store.patch(USER_ID, { unsafe_metadata: { theme: 'light' }, private_metadata: { plan: 'team' } });
    const response = await sendPatch({ public_metadata: { role: 'admin' } });
    expect(response.status).toBe(200);
    expect(store.get(USER_ID)).toMatchObject({ unsafe_metadata: { theme: 'light' }, public_metadata: { role: 'admin' } });
  });

  it('matches whatever the key order Hanko answers in: the fingerprint is of canonical JSON', async () => {
    store.set(USER_ID, { public_metadata: { tags: ['a', null], id: exactNumber('9007199254740993'), role: 'viewer' } });
    const response = await sendPatch({ public_metadata: { role: 'admin' } });
    expect(response.status).toBe(200);
  });
});

describe('two editors racing', () => {
  /** An editor's read through the proxy, parsed as the client parses it (exact numbers kept). */
  async function read(): Promise<HankoUserMetadata | null> {
    const response = await log.fetch(metadataUrl());
    return response.status === 204 ? null : (parseExactJson(response.body) as HankoUserMetadata);
  }

  it('lets the first patch through, answers the second 409 with the first one in it, and loses nothing after a rebase', async () => {
    const aliceBase = await read();
    const bobBase = await read();
    const aliceDraft = { ...aliceBase, public_metadata: { ...aliceBase?.public_metadata, role: 'admin' } };
    const bobDraft = { ...bobBase, public_metadata: { ...bobBase?.public_metadata, team: 'blue' } };

    const alicePatch = createMetadataPatch(aliceBase, aliceDraft);
    const alice = await sendPatch(alicePatch, { fingerprint: await fingerprintOf(aliceBase, alicePatch) });
    expect(alice.status).toBe(200);

    const bobPatch = createMetadataPatch(bobBase, bobDraft);
    const bob = await sendPatch(bobPatch, { fingerprint: await fingerprintOf(bobBase, bobPatch) });
    expect(bob.status).toBe(409);
    const current = (parseExactJson(bob.body) as { metadata: HankoUserMetadata }).metadata;
    expect(current.public_metadata?.role).toBe('admin');
    expect(store.get(USER_ID)?.public_metadata).not.toHaveProperty('team');

    // Bob starts again from what the 409 showed him, with his own change on top.
    const rebasedDraft = { ...current, public_metadata: { ...current.public_metadata, team: 'blue' } };
    const rebasedPatch = createMetadataPatch(current, rebasedDraft);
    expect(rebasedPatch).toEqual({ public_metadata: { team: 'blue' } });
    const rebased = await sendPatch(rebasedPatch, { fingerprint: await fingerprintOf(current, rebasedPatch) });
    expect(rebased.status).toBe(200);
    expect(store.get(USER_ID)?.public_metadata).toMatchObject({ role: 'admin', team: 'blue' });
  });

  it('lets exactly one of two simultaneous patches of the same state through the same proxy', async () => {
    const first = { public_metadata: { role: 'admin' } };
    const second = { public_metadata: { role: 'owner' } };
    // Hanko answers slowly, so both requests are in the proxy at once.
    const reply = hankoAdmin(store);
    hanko.reply = (response, request) => setTimeout(() => reply(response, request), 50);
    const answers = await Promise.all([sendPatch(first), sendPatch(second)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    expect(upstreamCalls().filter((method) => method === 'PATCH')).toHaveLength(1);
    const winner = answers[0]?.status === 200 ? 'admin' : 'owner';
    expect(store.get(USER_ID)?.public_metadata?.role).toBe(winner);
    const conflict = answers.find((answer) => answer.status === 409);
    expect((parseExactJson(conflict?.body ?? '') as { metadata: HankoUserMetadata }).metadata.public_metadata?.role).toBe(winner);
  });

  it('does not hold up edits of another user', async () => {
    store.set(OTHER_USER, { public_metadata: { role: 'viewer' } });
    const reply = hankoAdmin(store);
    hanko.reply = (response, request) => {
      // The first user's re-read never answers; the other user's edit must not wait for it.
      if (request.url.includes(USER_ID)) return;
      reply(response, request);
    };
    const stuck = sendPatch({ public_metadata: { role: 'admin' } });
    const patch = { public_metadata: { role: 'admin' } };
    const other = await sendPatch(patch, {
      url: metadataUrl(proxy.origin, OTHER_USER),
      fingerprint: await fingerprintOf(store.get(OTHER_USER) ?? null, patch),
    });
    expect(other.status).toBe(200);
    expect((await stuck).status).toBe(504);
  });
});

describe("Hanko's answers to a patch, passed on by the same rules as a GET's", () => {
  /** Answers the re-read as Hanko does, and the PATCH with `patchReply`. */
  function failPatchWith(patchReply: (response: ServerResponse) => void): void {
    const reply = hankoAdmin(store);
    hanko.reply = (response, request) => (request.method === 'PATCH' ? patchReply(response) : reply(response, request));
  }

  it("passes Hanko's over-limit 400 on with its message, byte for byte", async () => {
    const big = { public_metadata: { note: 'x'.repeat(2962) } };
    const response = await sendPatch(big);
    expect(response.status).toBe(400);
    expect(response.body).toBe('{"code":400,"message":"metadata limit exceeded: public metadata must not exceed 3000 characters"}');
    expect(upstreamCalls()).toEqual(['GET', 'PATCH']);
    expect(store.get(USER_ID)).toEqual(INITIAL);
  });

  it("passes Hanko's 404 for an unknown user on, from the re-read, without sending the patch", async () => {
    const response = await sendPatch({ public_metadata: { a: 1 } }, { url: metadataUrl(proxy.origin, OTHER_USER) });
    expect(response.status).toBe(404);
    expect(response.body).toBe('{"code":404,"message":"user not found"}');
    expect(upstreamCalls()).toEqual(['GET']);
  });

  it.each([
    ['a JSON 500', 500, 'application/json', '{"code":500,"message":"could not update metadata"}'],
    ['an HTML error page', 503, 'text/html; charset=utf-8', '<html><body>Service Unavailable</body></html>'],
  ])('passes %s from the PATCH on as it came', async (_label, status, contentType, body) => {
    failPatchWith((response) => {
      response.writeHead(status, { 'content-type': contentType });
      response.end(body);
    });
    const response = await sendPatch({ public_metadata: { a: 1 } });
    expect(response.status).toBe(status);
    expect(response.body).toBe(body);
    expect(response.headers['content-type']).toBe(contentType);
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('passes a 500 from the re-read on, without sending the patch', async () => {
    hanko.reply = { status: 500, headers: { 'content-type': 'application/json' }, body: '{"code":500,"message":"could not fetch metadata"}' };
    const response = await sendPatch({ public_metadata: { a: 1 } });
    expect(response.status).toBe(500);
    expect(upstreamCalls()).toEqual(['GET']);
  });

  it('refuses to patch (502, reported) when the re-read is a success it cannot read', async () => {
    hanko.reply = { status: 200, headers: { 'content-type': 'text/html' }, body: '<html>maintenance</html>' };
    const response = await sendPatch({ public_metadata: { a: 1 } });
    expect(response.status).toBe(502);
    expect(JSON.parse(response.body)).toEqual({ code: 502, message: 'Hanko sent a response that could not be checked' });
    expect(errors.map((event) => [event.kind, event.service])).toEqual([['unfilterable-response', 'hanko']]);
    expect(upstreamCalls()).toEqual(['GET']);
  });

  it('answers 504 when the PATCH is not answered in time, and reports a timeout', async () => {
    failPatchWith(() => undefined);
    const response = await sendPatch({ public_metadata: { a: 1 } });
    expect(response.status).toBe(504);
    expect(JSON.parse(response.body)).toEqual({ code: 504, message: `Hanko did not answer within ${TIMEOUT_MS} ms` });
    expect(errors.map((event) => event.kind)).toEqual(['timeout']);
    expect(errors[0]?.message).toContain('(PATCH ');
  });

  it('answers 502 when nothing listens upstream, and logs the cause without the key', async () => {
    const port = await closedPort();
    const dead = await startServer(toNodeHandler(createUserMetadataHandler(handlerOptions(`http://127.0.0.1:${port}/admin`))));
    extraServers.push(dead);
    const response = await sendPatch({ public_metadata: { a: 1 } }, { url: metadataUrl(dead.origin) });
    expect(response.status).toBe(502);
    expect(JSON.parse(response.body)).toEqual({ code: 502, message: 'could not reach Hanko' });
    expect(errors.map((event) => event.kind)).toEqual(['network']);
    expect(errors[0]?.message).toMatch(/ECONNREFUSED/);
    expect(errors[0]?.message).not.toContain(HANKO_KEY);
  });

  it('withholds a PATCH answer that echoes the key (502)', async () => {
    failPatchWith((response) => {
      response.writeHead(401, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ code: 401, message: `bad key ${HANKO_KEY}` }));
    });
    const response = await sendPatch({ public_metadata: { a: 1 } });
    expect(response.status).toBe(502);
    expect(errors[0]?.kind).toBe('key-in-response');
  });
});
