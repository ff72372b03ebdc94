// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { METADATA_CATEGORIES } from '../../src/core/HankoUserMetadata';
import { WITHHELD_CATEGORIES_HEADER } from '../../src/core/withheldCategories';
import {
  createUserMetadataHandler,
  toNodeHandler,
  type UserMetadataHandler,
  type UserMetadataHandlerOptions,
  type UserMetadataProxyErrorEvent,
} from '../../src/server/index';
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

// Private values carry a marker, so one check at the end can prove that none of them ever left the
// proxy for a caller who was not granted them, in any test, in any byte of any answer.
const PRIVATE_MARKER = 'PRIVATE-VALUE-5e1d';
const WITHHELD_MARKER = 'WITHHELD-BY-GRANT-93c0';

// Hanko's shape, written the way a server might: spacing, a number beyond 2^53, escapes, key order.
const PUBLIC_TEXT = '{"id": 9007199254740993, "zeta": 1.50, "name": "Zo\\u00eb \\"Q\\""}';
const UNSAFE_TEXT = '{"theme":"dark","nested":{"private_metadata":"a nested name is data, not a category"}}';
const FULL_BODY = `{\n  "public_metadata": ${PUBLIC_TEXT},\n  "private_metadata": {"plan": "${PRIVATE_MARKER}"},\n  "unsafe_metadata": ${UNSAFE_TEXT}\n}`;

const METADATA_PATH = `/api/hanko/users/${USER_ID}/metadata`;

let hanko: FakeUpstream;
let synodic: FakeUpstream;
let proxy: RunningServer;
let handler: UserMetadataHandler;
let authorize: ReturnType<typeof vi.fn<UserMetadataHandlerOptions['authorize']>>;
let errors: UserMetadataProxyErrorEvent[];
const log = createResponseLog();
/** Every answer given to a caller without a private grant: none may hold a withheld value. */
const withheldLog = createResponseLog();

beforeAll(async () => {
  hanko = await startFakeUpstream();
  synodic = await startFakeUpstream();
  handler = createUserMetadataHandler({
    hanko: { baseUrl: `${hanko.origin}/admin`, apiKey: HANKO_KEY },
    synodic: { baseUrl: `${synodic.origin}/v0`, apiKey: SYNODIC_KEY },
    authorize: (request, target) => authorize(request, target),
    onError: (event) => errors.push(event),
    timeoutMs: 1000,
  });
  proxy = await startServer(toNodeHandler(handler));
});

beforeEach(() => {
  letLoopbackThrough();
  hanko.requests.length = 0;
  synodic.requests.length = 0;
  hanko.reply = { status: 200, headers: { 'content-type': 'application/json' }, body: FULL_BODY };
  synodic.reply = { status: 200, headers: { 'content-type': 'application/json' }, body: '{"created_at":1700000000}' };
  authorize = vi.fn<UserMetadataHandlerOptions['authorize']>(() => true);
  errors = [];
});

afterAll(async () => {
  await Promise.all([hanko, synodic, proxy].map((server) => server.close()));
  expect(withheldLog.count).toBeGreaterThan(15);
  expect(withheldLog.text()).not.toContain(PRIVATE_MARKER);
  expect(withheldLog.text()).not.toContain(WITHHELD_MARKER);
  expect(`${log.text()}\n${withheldLog.text()}`).not.toContain(HANKO_KEY);
});

/** GET over a raw socket, so the check sees every byte the proxy wrote, headers included. */
function getWithheld(path = METADATA_PATH) {
  return withheldLog.raw(proxy.port, path);
}

describe('authorize returning true: public and unsafe metadata, never private', () => {
  it('removes private_metadata and keeps every other byte exactly as Hanko sent it', async () => {
    const response = await getWithheld();
    expect(response.status).toBe(200);
    expect(response.body).toBe(`{\n  "public_metadata": ${PUBLIC_TEXT},\n  "unsafe_metadata": ${UNSAFE_TEXT}\n}`);
    expect(response.headers['content-type']).toBe('application/json');
    expect(response.headers['content-length']).toBe(String(Buffer.byteLength(response.body)));
    expect(response.headers[WITHHELD_CATEGORIES_HEADER]).toBe('private_metadata');
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('says private_metadata was withheld even when the user has none, so the header reveals nothing', async () => {
    hanko.reply = {
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: `{"public_metadata":${PUBLIC_TEXT}}`,
    };
    const response = await getWithheld();
    expect(response.body).toBe(`{"public_metadata":${PUBLIC_TEXT}}`);
    expect(response.headers[WITHHELD_CATEGORIES_HEADER]).toBe('private_metadata');
  });

  it('answers 204 when private metadata was all there was, exactly as for a user with none', async () => {
    hanko.reply = {
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: `{"private_metadata":{"plan":"${PRIVATE_MARKER}"}}`,
    };
    const onlyPrivate = await getWithheld();
    hanko.reply = { status: 204 };
    const nothing = await getWithheld();
    for (const response of [onlyPrivate, nothing]) {
      expect(response.status).toBe(204);
      expect(response.body).toBe('');
      expect(response.headers['content-type']).toBeUndefined();
      expect(response.headers[WITHHELD_CATEGORIES_HEADER]).toBe('private_metadata');
    }
  });

  it('removes a category whose name Hanko wrote with escapes, and a repeated one', async () => {
    hanko.reply = {
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: `{"private\\u005fmetadata":{"a":"${PRIVATE_MARKER}"},"public_metadata":{"b":1},"private_metadata":{"c":"${PRIVATE_MARKER}"}}`,
    };
    const response = await getWithheld();
    expect(response.status).toBe(200);
    expect(response.body).toBe('{"public_metadata":{"b":1}}');
  });

  it('passes Hanko error answers on, JSON or not, with the header', async () => {
    hanko.reply = { status: 404, headers: { 'content-type': 'application/json' }, body: '{"code":404,"message":"user not found"}' };
    const notFound = await getWithheld();
    expect(notFound.status).toBe(404);
    expect(notFound.body).toBe('{"code":404,"message":"user not found"}');
    expect(notFound.headers[WITHHELD_CATEGORIES_HEADER]).toBe('private_metadata');
    hanko.reply = { status: 503, headers: { 'content-type': 'text/html' }, body: '<html>Service Unavailable</html>' };
    const unavailable = await getWithheld();
    expect(unavailable.status).toBe(503);
    expect(unavailable.body).toBe('<html>Service Unavailable</html>');
    expect(errors).toEqual([]);
  });

  it('removes private_metadata from an error answer too, should one ever carry it', async () => {
    hanko.reply = {
      status: 500,
      headers: { 'content-type': 'application/json' },
      body: `{"code":500,"message":"could not fetch metadata","private_metadata":{"x":"${PRIVATE_MARKER}"}}`,
    };
    const response = await getWithheld();
    expect(response.status).toBe(500);
    expect(response.body).toBe('{"code":500,"message":"could not fetch metadata"}');
  });

  it.each([
    ['HTML', 'text/html', `<html>${PRIVATE_MARKER}</html>`],
    ['an array', 'application/json', `[{"private_metadata":{"a":"${PRIVATE_MARKER}"}}]`],
    ['cut-off JSON', 'application/json', `{"private_metadata":{"a":"${PRIVATE_MARKER}"`],
    ['nothing', 'application/json', ''],
  ])('refuses a success whose body is %s (502, reported): it cannot be checked', async (_label, type, body) => {
    hanko.reply = { status: 200, headers: { 'content-type': type }, body };
    const response = await getWithheld();
    expect(response.status).toBe(502);
    expect(JSON.parse(response.body)).toEqual({ code: 502, message: 'Hanko sent a response that could not be checked' });
    expect(errors.map((event) => [event.kind, event.service])).toEqual([['unfilterable-response', 'hanko']]);
    expect(errors[0]?.message).not.toContain(PRIVATE_MARKER);
  });

  it('keeps upstream failures as they were: a timeout is still a 504', async () => {
    hanko.reply = () => undefined;
    const response = await getWithheld();
    expect(response.status).toBe(504);
    expect(errors.map((event) => event.kind)).toEqual(['timeout']);
  });

  it('filters in the Web handler exactly as through the Node adapter', async () => {
    const response = await handler(new Request(`http://localhost${METADATA_PATH}`));
    await withheldLog.record(response.clone());
    expect(await response.text()).toBe(`{\n  "public_metadata": ${PUBLIC_TEXT},\n  "unsafe_metadata": ${UNSAFE_TEXT}\n}`);
    expect(response.headers.get(WITHHELD_CATEGORIES_HEADER)).toBe('private_metadata');
  });
});

describe('authorize returning a grant', () => {
  it('passes everything, byte for byte and without the header, when all three categories are granted', async () => {
    authorize.mockReturnValue({ categories: METADATA_CATEGORIES });
    const response = await log.raw(proxy.port, METADATA_PATH);
    expect(response.status).toBe(200);
    expect(response.body).toBe(FULL_BODY);
    expect(response.headers[WITHHELD_CATEGORIES_HEADER]).toBeUndefined();
  });

  it('removes every category the grant does not name', async () => {
    hanko.reply = {
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: `{"public_metadata":{"a":1},"private_metadata":{"p":"${PRIVATE_MARKER}"},"unsafe_metadata":{"u":"${WITHHELD_MARKER}"}}`,
    };
    authorize.mockResolvedValue({ categories: ['public_metadata'] });
    const response = await getWithheld();
    expect(response.body).toBe('{"public_metadata":{"a":1}}');
    expect(response.headers[WITHHELD_CATEGORIES_HEADER]).toBe('private_metadata, unsafe_metadata');
  });

  it('answers 204 for an empty grant, whatever the user has', async () => {
    hanko.reply = {
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: `{"public_metadata":{"a":"${WITHHELD_MARKER}"},"unsafe_metadata":{"u":"${WITHHELD_MARKER}"}}`,
    };
    authorize.mockReturnValue({ categories: [] });
    const response = await getWithheld();
    expect(response.status).toBe(204);
    expect(response.headers[WITHHELD_CATEGORIES_HEADER]).toBe('public_metadata, private_metadata, unsafe_metadata');
  });

  it.each([
    ['a misspelt category', { categories: ['private'] }, /unknown categories \("private"\)/],
    ['categories that are not a list', { categories: 'public_metadata' }, /not a list/],
    [
      'a grant whose categories getter throws',
      Object.defineProperty({}, 'categories', {
        get() {
          throw new Error('no');
        },
      }),
      /could not be read/,
    ],
  ])('answers 500 and reports %s, without calling upstream', async (_label, grant, problem) => {
    authorize.mockReturnValue(grant as unknown as boolean);
    const response = await getWithheld();
    expect(response.status).toBe(500);
    expect(JSON.parse(response.body)).toEqual({ code: 500, message: 'authorization check failed' });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.kind).toBe('authorize');
    expect(errors[0]?.message).toMatch(problem);
    expect(hanko.requests).toHaveLength(0);
  });

  it('refuses an object without categories (403), as before grants existed', async () => {
    authorize.mockReturnValue({ admin: true } as unknown as boolean);
    const response = await getWithheld();
    expect(response.status).toBe(403);
    expect(hanko.requests).toHaveLength(0);
  });

  it('lets a Synodic lookup through unchanged for true or any grant: it has no categories', async () => {
    for (const answer of [true, { categories: [] }] as const) {
      authorize.mockReturnValue(answer);
      const response = await log.raw(proxy.port, '/api/synodic/alice');
      expect(response.status).toBe(200);
      expect(response.body).toBe('{"created_at":1700000000}');
      expect(response.headers[WITHHELD_CATEGORIES_HEADER]).toBeUndefined();
    }
    expect(synodic.requests).toHaveLength(2);
  });
});
