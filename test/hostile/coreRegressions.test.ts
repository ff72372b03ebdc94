import { describe, expect, it, vi } from 'vitest';
import { type ApiError, isApiError } from '../../src/core/ApiError';
import { createHankoClient } from '../../src/core/createHankoClient';
import { createSynodicClient } from '../../src/core/createSynodicClient';
import { hankoUserMetadataSchema } from '../../src/core/schemas';
import { errorTexts } from './oracles';

// One test per bug the hostile-input properties found in core, with the smallest input that showed it.

const HANKO_BASE = 'https://tenant.hanko.io/admin';
const USER_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const KEY = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc';

const answering = (body: BodyInit | null, init?: ResponseInit) =>
  vi.fn<typeof globalThis.fetch>(async () => new Response(body, init));

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    expect(isApiError(error), `not an ApiError: ${String(error)}`).toBe(true);
    return error as ApiError;
  }
  throw new Error('expected the promise to reject');
}

describe('core fixes for hostile responses', () => {
  it('keeps a __proto__ key users stored in their metadata, as an own key, without touching the prototype', async () => {
    const fetch = answering('{"unsafe_metadata":{"__proto__":{"isAdmin":true},"theme":"dark"}}');
    const metadata = await createHankoClient({ baseUrl: HANKO_BASE, fetch }).getUserMetadata(USER_ID);
    const unsafe = metadata?.unsafe_metadata as Record<string, unknown>;
    expect(Object.keys(unsafe)).toEqual(['__proto__', 'theme']);
    expect(Object.getOwnPropertyDescriptor(unsafe, '__proto__')?.value).toEqual({ isAdmin: true });
    expect(Object.getPrototypeOf(unsafe)).toBe(Object.prototype);
    expect(unsafe.isAdmin).toBeUndefined();
  });

  it('does not drop a category whose only key is __proto__', async () => {
    const fetch = answering('{"public_metadata":{"__proto__":1}}');
    const metadata = await createHankoClient({ baseUrl: HANKO_BASE, fetch }).getUserMetadata(USER_ID);
    expect(metadata).not.toBeNull();
    expect(Object.keys(metadata?.public_metadata ?? {})).toEqual(['__proto__']);
  });

  it('still rejects a category that is an array or a primitive', () => {
    for (const category of [[1], 'text', 3, true]) {
      const result = hankoUserMetadataSchema['~standard'].validate({ public_metadata: category });
      expect(result).toHaveProperty('issues');
    }
  });

  it("reports Synodic's legacy error body as an http error even when it carries deeply nested junk", async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const fetch = answering(`{"error":"User not found","trace":${deep}}`);
    const error = await rejection(createSynodicClient({ fetch }).getUser('ana'));
    expect(error.kind).toBe('http');
    expect(error.serverMessage).toBe('User not found');
    expect(error.isNotFound).toBe(true);
  });

  it('rejects a username with a lone surrogate as invalid input instead of throwing URIError', async () => {
    const fetch = answering('{}');
    for (const username of ['\ud800', 'ana\udc00', '\udbff\ud800x']) {
      const error = await rejection(createSynodicClient({ fetch }).getUser(username));
      expect(error.kind).toBe('invalid-input');
      expect(error.input).toBe('username');
    }
    expect(fetch).not.toHaveBeenCalled();
  });

  it('accepts a username with a well-formed surrogate pair (emoji)', async () => {
    const fetch = answering('{"created_at":1}');
    await createSynodicClient({ fetch }).getUser('ana😀');
    expect(fetch.mock.calls[0]?.[0]).toBe('https://api.synodic.ai/v0/ana%F0%9F%98%80');
  });

  it('reports an AbortError DOMException from a fetch wrapper as aborted, even when DOMException is not an Error', async () => {
    // In jsdom (this file's environment) DOMException does not inherit from this realm's Error.
    const thrown = new DOMException('The operation was aborted.', 'AbortError');
    const fetch = vi.fn<typeof globalThis.fetch>(() => Promise.reject(thrown));
    const error = await rejection(createSynodicClient({ fetch }).getUser('ana'));
    expect(error.kind).toBe('aborted');
    expect(error.cause).toBe(thrown);
  });

  it('reports a thrown value whose prototype and properties throw when read as a network error', async () => {
    const explode = () => {
      throw new TypeError('trap exploded');
    };
    const hostile = new Proxy({}, { get: explode, getPrototypeOf: explode, has: explode });
    const fetch = vi.fn<typeof globalThis.fetch>(() => Promise.reject(hostile));
    const error = await rejection(createHankoClient({ baseUrl: HANKO_BASE, fetch }).getUserMetadata(USER_ID));
    expect(error.kind).toBe('network');
    expect(error.cause).toBe(hostile);
  });

  it('reports Response.error() (status 0, as a blocked or opaque response has) as a network error', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(async () => Response.error());
    const synodic = await rejection(createSynodicClient({ fetch }).getUser('ana'));
    expect(synodic.kind).toBe('network');
    expect(synodic.isRetryable).toBe(true);
    const hanko = await rejection(createHankoClient({ baseUrl: HANKO_BASE, fetch }).getUserMetadata(USER_ID));
    expect(hanko.kind).toBe('network');
  });

  it('redacts an API key the server echoes in a JSON error message (message, serverMessage, body)', async () => {
    const fetch = answering(JSON.stringify({ code: 401, message: `invalid api key ${KEY}` }), { status: 401 });
    const error = await rejection(
      createHankoClient({ baseUrl: HANKO_BASE, apiKey: KEY, fetch }).getUserMetadata(USER_ID),
    );
    expect(error.kind).toBe('http');
    expect(error.serverMessage).toBe('invalid api key [redacted]');
    expect(error.message).toBe('Hanko: invalid api key [redacted] (HTTP 401).');
    expect(error.body).toContain('[redacted]');
    for (const text of errorTexts(error)) expect(text).not.toContain(KEY);
  });

  it("redacts an echoed key in Synodic's legacy error body", async () => {
    const fetch = answering(JSON.stringify({ error: `key ${KEY} is not valid` }), { status: 200 });
    const error = await rejection(createSynodicClient({ apiKey: KEY, fetch }).getUser('ana'));
    expect(error.serverMessage).toBe('key [redacted] is not valid');
    for (const text of errorTexts(error)) expect(text).not.toContain(KEY);
  });

  it('redacts an echoed key in a non-JSON body, its content type and the parse error kept as cause', async () => {
    const fetch = answering(`${KEY} <html>debug: x-api-key=${KEY}</html>`, {
      status: 200,
      headers: { 'content-type': `text/html; debug=${KEY}` },
    });
    const error = await rejection(createSynodicClient({ apiKey: KEY, fetch }).getUser('ana'));
    expect(error.kind).toBe('parse');
    expect(error.contentType).toBe('text/html; debug=[redacted]');
    expect(error.body).toBe('[redacted] <html>debug: x-api-key=[redacted]</html>');
    expect(error.cause).toBeInstanceOf(SyntaxError);
    for (const text of errorTexts(error)) expect(text).not.toContain(KEY);
  });

  it('redacts before cutting the body to 2,000 characters, so no prefix of the key survives at the cut', async () => {
    const fetch = answering(`${'.'.repeat(1990)}${KEY}`, { status: 502 });
    const error = await rejection(createSynodicClient({ apiKey: KEY, fetch }).getUser('ana'));
    expect(error.body).toBe(`${'.'.repeat(1990)}[redacted]`.slice(0, 2000));
    expect(error.body).not.toContain(KEY.slice(0, 8));
  });

  it('redacts the key as sent, without the whitespace Headers strips from it', async () => {
    const fetch = answering(`bad key: ${KEY}`, { status: 403 });
    const error = await rejection(createSynodicClient({ apiKey: `  ${KEY}\n`, fetch }).getUser('ana'));
    expect(error.body).toBe('bad key: [redacted]');
  });

  it('leaves bodies alone when no key is configured, or the key is blank', async () => {
    const body = 'plain failure text';
    for (const apiKey of [undefined, '', '   ']) {
      const error = await rejection(
        createSynodicClient({ apiKey, fetch: answering(body, { status: 500 }) }).getUser('a'),
      );
      expect(error.body).toBe(body);
    }
  });
  it('quotes a server message in the error message on one bounded line, without bidi controls', async () => {
    const long = `\u202euser\nnot found ${'x'.repeat(5000)}`;
    const fetch = answering(JSON.stringify({ code: 404, message: long }), { status: 404 });
    const error = await rejection(createHankoClient({ baseUrl: HANKO_BASE, fetch }).getUserMetadata(USER_ID));
    expect(error.message.startsWith('Hanko: user not found xxx')).toBe(true);
    expect(error.message.endsWith('… (HTTP 404).')).toBe(true);
    expect(error.message.length).toBeLessThan(400);
    // The field keeps the server's own words (bounded like the body), for logs.
    expect(error.serverMessage).toBe(long.slice(0, 2000));
    expect(error.isNotFound).toBe(true);
  });

  it('falls back to the status description when the server message is blank', async () => {
    const fetch = answering(JSON.stringify({ code: 500, message: ' \u202e ' }), { status: 500 });
    const error = await rejection(createHankoClient({ baseUrl: HANKO_BASE, fetch }).getUserMetadata(USER_ID));
    expect(error.message).toBe('Hanko: the server had an error (HTTP 500).');
  });
  it('stops reading an endless body at 8 MB and cancels the stream, instead of running out of memory', async () => {
    let pulled = 0;
    let cancelled = false;
    const chunk = new TextEncoder().encode('['.repeat(64 * 1024));
    const endless = () =>
      new ReadableStream<Uint8Array>({
        pull(controller) {
          pulled += 1;
          controller.enqueue(chunk);
        },
        cancel() {
          cancelled = true;
        },
      });
    const ok = await rejection(createSynodicClient({ fetch: answering(endless()) }).getUser('ana'));
    expect(ok.kind).toBe('parse');
    expect(ok.message).toBe('Synodic: an answer over 8 MB (HTTP 200).');
    expect(ok.body).toHaveLength(2000);
    expect(cancelled).toBe(true);
    expect(pulled * chunk.byteLength).toBeLessThan(9 * 1024 * 1024);
    const failed = await rejection(
      createHankoClient({ baseUrl: HANKO_BASE, fetch: answering(endless(), { status: 502 }) }).getUserMetadata(USER_ID),
    );
    expect(failed.kind).toBe('http');
    expect(failed.status).toBe(502);
  });

  it('still reads a body just under the cap whole', async () => {
    const name = 'x'.repeat(7 * 1024 * 1024);
    const user = await createSynodicClient({
      fetch: answering(JSON.stringify({ created_at: 1, repositories: [name] })),
    }).getUser('ana');
    expect(user.repositories[0]).toHaveLength(name.length);
  });

  it('keeps a server message with line or paragraph separators (U+2028, U+2029) on one line', async () => {
    const fetch = answering(JSON.stringify({ code: 404, message: 'user\u2028not\u2029found' }), { status: 404 });
    const error = await rejection(createHankoClient({ baseUrl: HANKO_BASE, fetch }).getUserMetadata(USER_ID));
    expect(error.message).toBe('Hanko: user not found (HTTP 404).');
    expect(error.message).not.toMatch(/[\n\r\u2028\u2029]/);
  });

  it('rejects a username with a C1 control character (U+0080 to U+009F) without a request', async () => {
    const fetch = answering('{"created_at":1}');
    for (const username of ['ada\u0085', '\u0080ada', 'a\u009fda']) {
      const error = await rejection(createSynodicClient({ fetch }).getUser(username));
      expect(error.kind).toBe('invalid-input');
      expect(error.input).toBe('username');
    }
    expect(fetch).not.toHaveBeenCalled();
  });
});
