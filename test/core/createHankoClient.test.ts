import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createHankoClient } from '../../src/core/createHankoClient';
import { server } from '../mswServer';
import { apiFailure } from '../apiFailure';

const BASE = 'https://tenant.hanko.io/admin';
const USER = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const URL_PATTERN = `${BASE}/users/:id/metadata`;
const full = {
  public_metadata: { role: 'admin', tags: ['a', null, 3.5] },
  private_metadata: { internal_id: 42, flags: { beta: true } },
  unsafe_metadata: { theme: 'dark' },
};


const client = () => createHankoClient({ baseUrl: BASE, apiKey: 'hanko-secret' });

describe('createHankoClient', () => {
  it('returns all three categories of a 200, keeping key order and nested JSON', async () => {
    server.use(http.get(URL_PATTERN, () => HttpResponse.json(full)));
    const metadata = await client().getUserMetadata(USER);
    expect(metadata).toEqual(full);
    expect(Object.keys(metadata?.public_metadata ?? {})).toEqual(['role', 'tags']);
  });

  it('returns only the categories that are present', async () => {
    server.use(http.get(URL_PATTERN, () => HttpResponse.json({ unsafe_metadata: { theme: 'dark' } })));
    expect(await client().getUserMetadata(USER)).toEqual({ unsafe_metadata: { theme: 'dark' } });
  });

  it('resolves a 204 to null', async () => {
    server.use(http.get(URL_PATTERN, () => new HttpResponse(null, { status: 204 })));
    expect(await client().getUserMetadata(USER)).toBeNull();
  });

  it('resolves a 200 with no categories (or only empty/null ones) to null, like a 204', async () => {
    server.use(http.get(URL_PATTERN, () => HttpResponse.json({})));
    expect(await client().getUserMetadata(USER)).toBeNull();
    server.use(http.get(URL_PATTERN, () => HttpResponse.json({ public_metadata: {}, private_metadata: null })));
    expect(await client().getUserMetadata(USER)).toBeNull();
  });

  it('sends the Bearer header only when a key is given', async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.get(URL_PATTERN, ({ request }) => {
        seen.push(request.headers.get('authorization'));
        return HttpResponse.json(full);
      }),
    );
    await createHankoClient({ baseUrl: BASE }).getUserMetadata(USER);
    await client().getUserMetadata(USER);
    expect(seen).toEqual([null, 'Bearer hanko-secret']);
  });

  it('calls {baseUrl}/users/{id}/metadata, so a same-origin proxy path works', async () => {
    const fetch = vi.fn(async (_input: RequestInfo | URL) => Response.json(full));
    await createHankoClient({ baseUrl: '/api/hanko/', fetch }).getUserMetadata(USER.toUpperCase());
    expect(fetch.mock.calls[0]?.[0]).toBe(`/api/hanko/users/${USER}/metadata`);
  });

  it('throws a clear TypeError when configured without a baseUrl', () => {
    expect(() => createHankoClient({ baseUrl: '' })).toThrow(/needs a baseUrl/);
  });

  it.each(['', 'not-a-uuid', `${USER}/../x`, `{${USER}}`, `${USER} `])(
    'rejects the non-UUID id %j before any request',
    async (id) => {
      const fetch = vi.fn();
      const error = await apiFailure(createHankoClient({ baseUrl: BASE, fetch }).getUserMetadata(id));
      expect(error.kind).toBe('invalid-input');
      expect(error.input).toBe('userId');
      expect(fetch).not.toHaveBeenCalled();
    },
  );

  it.each([
    [400, 'invalid user id'],
    [404, 'user not found'],
    [500, 'could not fetch metadata'],
    [500, 'Internal Server Error'],
  ])('maps %i {"code","message"} bodies to http errors with the server message', async (status, message) => {
    server.use(http.get(URL_PATTERN, () => HttpResponse.json({ code: status, message }, { status })));
    const error = await apiFailure(client().getUserMetadata(USER));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(status);
    expect(error.serverCode).toBe(status);
    expect(error.serverMessage).toBe(message);
    expect(error.message).toBe(`Hanko: ${message} (HTTP ${status}).`);
    expect(error.isNotFound).toBe(status === 404);
    expect(error.isRetryable).toBe(status >= 500);
  });

  it.each([
    [401, /API key is missing or invalid/],
    [403, /not allowed/],
  ])('explains an undocumented %i without a body', async (status, pattern) => {
    server.use(http.get(URL_PATTERN, () => new HttpResponse(null, { status })));
    const error = await apiFailure(client().getUserMetadata(USER));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(status);
    expect(error.message).toMatch(pattern);
    expect(error.body).toBe('');
  });

  it('keeps an HTML error page of a non-2xx as raw text on an http error', async () => {
    const page = '<html><body><h1>502 Bad Gateway</h1></body></html>';
    server.use(http.get(URL_PATTERN, () => HttpResponse.html(page, { status: 502 })));
    const error = await apiFailure(client().getUserMetadata(USER));
    expect(error.kind).toBe('http');
    expect(error.body).toBe(page);
    expect(error.message).toBe('Hanko: the server had an error (HTTP 502).');
  });

  it('reports malformed JSON in a 200 as a parse error', async () => {
    server.use(
      http.get(
        URL_PATTERN,
        () => new HttpResponse('{"public_metadata": {', { headers: { 'content-type': 'application/json' } }),
      ),
    );
    const error = await apiFailure(client().getUserMetadata(USER));
    expect(error.kind).toBe('parse');
    expect(error.status).toBe(200);
    expect(error.body).toBe('{"public_metadata": {');
  });

  it.each([
    ['an array', [1, 2]],
    ['a category that is an array', { public_metadata: ['x'] }],
    ['a category that is a string', { private_metadata: 'secret' }],
    ['a number', 42],
  ])('reports %s as a validation error', async (_label, body) => {
    server.use(http.get(URL_PATTERN, () => HttpResponse.json(body)));
    const error = await apiFailure(client().getUserMetadata(USER));
    expect(error.kind).toBe('validation');
    expect(error.issues?.length).toBeGreaterThan(0);
  });

  it('reports a network failure as a network error', async () => {
    server.use(http.get(URL_PATTERN, () => HttpResponse.error()));
    expect((await apiFailure(client().getUserMetadata(USER))).kind).toBe('network');
  });

  it('reports an abort as aborted', async () => {
    server.use(http.get(URL_PATTERN, () => new Promise<Response>(() => {})));
    const controller = new AbortController();
    const pending = client().getUserMetadata(USER, { signal: controller.signal });
    controller.abort();
    expect((await apiFailure(pending)).kind).toBe('aborted');
  });

  it('never puts the API key in an error', async () => {
    server.use(http.get(URL_PATTERN, () => HttpResponse.json({ code: 401, message: 'unauthorized' }, { status: 401 })));
    const error = await apiFailure(client().getUserMetadata(USER));
    expect(`${error.message} ${error.body} ${JSON.stringify(error)}`).not.toContain('hanko-secret');
  });
});

describe('fetch binding', () => {
  it('calls fetch without a `this`, as browsers require of the global fetch', async () => {
    const receivers: unknown[] = [];
    const fetch = function (this: unknown) {
      receivers.push(this);
      return Promise.resolve(Response.json({ public_metadata: { a: 1 } }));
    } as unknown as typeof globalThis.fetch;
    await createHankoClient({ baseUrl: BASE, fetch }).getUserMetadata(USER);
    expect(receivers).toEqual([undefined]);
  });
});
