import { QueryClient } from '@tanstack/react-query';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { ApiError } from '../../src/core/ApiError';
import { createHankoClient } from '../../src/core/createHankoClient';
import { createSynodicClient } from '../../src/core/createSynodicClient';
import { hankoMetadataQueryOptions } from '../../src/core/hankoMetadataQueryOptions';
import { hankoKeys, synodicKeys } from '../../src/core/queryKeys';
import { retryDelay, shouldRetry } from '../../src/core/retryPolicy';
import { synodicUserQueryOptions } from '../../src/core/synodicUserQueryOptions';
import { server } from '../mswServer';

const USER = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const HANKO = 'https://tenant.hanko.io/admin';

function httpError(status: number) {
  return new ApiError({
    kind: 'http',
    service: 'hanko',
    status,
    serverMessage: undefined,
    serverCode: undefined,
    body: '',
    message: 'x',
  });
}

describe('query keys', () => {
  it('are hierarchical, so a prefix invalidates everything below it', () => {
    const user = synodicKeys.user('https://api.synodic.ai/v0', 'ana', true);
    expect(user.slice(0, synodicKeys.all.length)).toEqual(synodicKeys.all);
    expect(user.slice(0, 3)).toEqual(synodicKeys.api('https://api.synodic.ai/v0'));
    const metadata = hankoKeys.metadata(HANKO, USER);
    expect(metadata.slice(0, 3)).toEqual(hankoKeys.tenant(HANKO));
  });

  it('never hold an API key, only the base URL and whether one is used', () => {
    const synodic = synodicUserQueryOptions(createSynodicClient({ apiKey: 'sk-synodic-1' }), 'ana');
    const hanko = hankoMetadataQueryOptions(createHankoClient({ baseUrl: HANKO, apiKey: 'sk-hanko-2' }), USER);
    const serialized = JSON.stringify([synodic.queryKey, hanko.queryKey]);
    expect(serialized).not.toContain('sk-synodic-1');
    expect(serialized).not.toContain('sk-hanko-2');
    expect(synodic.queryKey).toEqual([
      'react-user-metadata',
      'synodic',
      'https://api.synodic.ai/v0',
      'user',
      'ana',
      { authenticated: true },
    ]);
  });

  it('tell a keyed (owner) request from an anonymous one', () => {
    const anonymous = synodicUserQueryOptions(createSynodicClient(), 'ana').queryKey;
    const keyed = synodicUserQueryOptions(createSynodicClient({ apiKey: 'k' }), 'ana').queryKey;
    expect(anonymous).not.toEqual(keyed);
  });

  it('normalise ids so one user has one cache entry', () => {
    const client = createHankoClient({ baseUrl: HANKO });
    expect(hankoMetadataQueryOptions(client, USER.toUpperCase()).queryKey).toEqual(
      hankoMetadataQueryOptions(client, USER).queryKey,
    );
  });
});

describe('options factories', () => {
  it('disable the query for empty or invalid ids', () => {
    const synodic = createSynodicClient();
    const hanko = createHankoClient({ baseUrl: HANKO });
    expect(synodicUserQueryOptions(synodic, '').enabled).toBe(false);
    expect(synodicUserQueryOptions(synodic, undefined).enabled).toBe(false);
    expect(synodicUserQueryOptions(synodic, 'ana').enabled).toBe(true);
    expect(hankoMetadataQueryOptions(hanko, 'nope').enabled).toBe(false);
    expect(hankoMetadataQueryOptions(hanko, null).enabled).toBe(false);
    expect(hankoMetadataQueryOptions(hanko, USER).enabled).toBe(true);
  });

  it('fail loudly with invalid-input if the queryFn runs anyway', async () => {
    const queryClient = new QueryClient();
    const options = hankoMetadataQueryOptions(createHankoClient({ baseUrl: HANKO }), 'nope');
    const error = await queryClient.fetchQuery({ ...options, retry: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).kind).toBe('invalid-input');
  });

  it('forward the query signal to fetch, so cancelling a query aborts the request', async () => {
    let signal: AbortSignal | undefined;
    const fetch = vi.fn((_url: RequestInfo | URL, init?: RequestInit) => {
      signal = init?.signal ?? undefined;
      return new Promise<Response>(() => {});
    });
    const queryClient = new QueryClient();
    const options = synodicUserQueryOptions(createSynodicClient({ fetch }), 'ana');
    const pending = queryClient.fetchQuery(options).catch(() => undefined);
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
    await queryClient.cancelQueries({ queryKey: options.queryKey });
    await pending;
    expect(signal?.aborted).toBe(true);
  });

  it('serve prefetching and cache reads with one object, typed by the key', async () => {
    server.use(
      http.get(`${HANKO}/users/:id/metadata`, () => HttpResponse.json({ public_metadata: { role: 'admin' } })),
    );
    const queryClient = new QueryClient();
    const options = hankoMetadataQueryOptions(createHankoClient({ baseUrl: HANKO }), USER);
    await queryClient.prefetchQuery(options);
    const cached = queryClient.getQueryData(options.queryKey);
    expect(cached?.public_metadata?.role).toBe('admin');
  });

  it('validate categories with an app schema and report mismatches as validation errors', async () => {
    server.use(http.get(`${HANKO}/users/:id/metadata`, () => HttpResponse.json({ public_metadata: { role: 7 } })));
    const schemas = { public_metadata: z.object({ role: z.string() }) };
    const options = hankoMetadataQueryOptions(createHankoClient({ baseUrl: HANKO }), USER, schemas);
    const error = await new QueryClient().fetchQuery({ ...options, retry: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).kind).toBe('validation');
    expect((error as ApiError).issues?.[0]?.path).toBe('public_metadata.role');
  });

  it('return the schema output when an app schema passes', async () => {
    server.use(
      http.get(`${HANKO}/users/:id/metadata`, () => HttpResponse.json({ public_metadata: { role: 'admin', x: 1 } })),
    );
    const schemas = { public_metadata: z.object({ role: z.string() }) };
    const options = hankoMetadataQueryOptions(createHankoClient({ baseUrl: HANKO }), USER, schemas);
    const data = await new QueryClient().fetchQuery(options);
    // z.object strips unknown keys: proof that the schema's output, not the raw body, was returned.
    expect(data).toEqual({ public_metadata: { role: 'admin' } });
  });

  it('validate only the categories that have a schema, and report the mismatches of every category', async () => {
    const body = { public_metadata: { role: 7 }, private_metadata: { plan: 1 }, unsafe_metadata: { theme: 'dark' } };
    server.use(http.get(`${HANKO}/users/:id/metadata`, () => HttpResponse.json(body)));
    const client = createHankoClient({ baseUrl: HANKO });
    const schemas = {
      public_metadata: z.object({ role: z.string() }),
      private_metadata: z.object({ plan: z.string() }),
    };
    const error = await new QueryClient()
      .fetchQuery({ ...hankoMetadataQueryOptions(client, USER, schemas), retry: false })
      .catch((e: unknown) => e);
    const paths = (error as ApiError).issues?.map((issue) => issue.path);
    expect(paths).toEqual(['public_metadata.role', 'private_metadata.plan']);
    // A category without a schema comes back as it was sent.
    const unsafeOnly = { unsafe_metadata: z.object({ theme: z.literal('dark') }) };
    const data = await new QueryClient().fetchQuery(hankoMetadataQueryOptions(client, USER, unsafeOnly));
    expect(data).toEqual(body);
  });
});

describe('retry policy', () => {
  it('never retries 4xx, invalid input, validation or parse errors', () => {
    for (const status of [400, 401, 403, 404]) expect(shouldRetry(0, httpError(status))).toBe(false);
    expect(
      shouldRetry(0, new ApiError({ kind: 'invalid-input', service: 'hanko', input: 'userId', message: 'x' })),
    ).toBe(false);
    expect(
      shouldRetry(0, new ApiError({ kind: 'validation', service: 'hanko', status: 200, issues: [], message: 'x' })),
    ).toBe(false);
    expect(
      shouldRetry(
        0,
        new ApiError({ kind: 'parse', service: 'hanko', status: 200, contentType: undefined, body: '', message: 'x' }),
      ),
    ).toBe(false);
    expect(shouldRetry(0, new Error('not ours'))).toBe(false);
  });

  it('retries network errors and 5xx at most twice', () => {
    const network = new ApiError({ kind: 'network', service: 'synodic', message: 'x' });
    expect([0, 1, 2].map((count) => shouldRetry(count, network))).toEqual([true, true, false]);
    expect([0, 1, 2].map((count) => shouldRetry(count, httpError(503)))).toEqual([true, true, false]);
  });

  it('backs off exponentially', () => {
    expect([0, 1, 2, 10].map(retryDelay)).toEqual([1000, 2000, 4000, 10_000]);
  });

  it('makes exactly three requests for a persistent 500, then fails', async () => {
    let calls = 0;
    server.use(
      http.get(`${HANKO}/users/:id/metadata`, () => {
        calls += 1;
        return HttpResponse.json({ code: 500, message: 'could not fetch metadata' }, { status: 500 });
      }),
    );
    const options = hankoMetadataQueryOptions(createHankoClient({ baseUrl: HANKO }), USER);
    const error = await new QueryClient().fetchQuery({ ...options, retryDelay: 0 }).catch((e: unknown) => e);
    expect((error as ApiError).status).toBe(500);
    expect(calls).toBe(3);
  });

  it('makes exactly one request for a 404', async () => {
    let calls = 0;
    server.use(
      http.get(`${HANKO}/users/:id/metadata`, () => {
        calls += 1;
        return HttpResponse.json({ code: 404, message: 'user not found' }, { status: 404 });
      }),
    );
    const options = hankoMetadataQueryOptions(createHankoClient({ baseUrl: HANKO }), USER);
    await new QueryClient().fetchQuery({ ...options, retryDelay: 0 }).catch(() => undefined);
    expect(calls).toBe(1);
  });
});

describe("retry rule of the options, run by a QueryClient directly (the hooks' own tests cover them there)", () => {
  /** Counts the requests of a Synodic user that keeps answering 503. */
  function failingSynodic() {
    const counter = { calls: 0 };
    server.use(
      http.get('https://api.synodic.ai/v0/:user', () => {
        counter.calls += 1;
        return new HttpResponse('down', { status: 503 });
      }),
    );
    return counter;
  }
  const options = () => synodicUserQueryOptions(createSynodicClient(), 'example');

  it("keeps the library's policy when the app states none: a 503 is retried twice", async () => {
    const counter = failingSynodic();
    await new QueryClient().query({ ...options(), retryDelay: 0 }).catch(() => undefined);
    expect(counter.calls).toBe(3);
  });

  it("lets the QueryClient's defaultOptions win (retry: false means one request)", async () => {
    const counter = failingSynodic();
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const error = await queryClient.query(options()).catch((e: unknown) => e);
    expect((error as ApiError).status).toBe(503);
    expect(counter.calls).toBe(1);
  });

  it('lets setQueryDefaults for our keys win, delay included (no 1 s wait)', async () => {
    const counter = failingSynodic();
    const queryClient = new QueryClient();
    queryClient.setQueryDefaults(['react-user-metadata'], { retry: 1, retryDelay: 0 });
    const started = Date.now();
    await queryClient.fetchQuery(options()).catch(() => undefined);
    expect(counter.calls).toBe(2);
    expect(Date.now() - started).toBeLessThan(900);
  });

  it("reads the app's retry function the way TanStack does, with the failure count and the error", async () => {
    const counter = failingSynodic();
    const retry = vi.fn((failureCount: number, error: Error) => failureCount < 3 && (error as ApiError).status === 503);
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry, retryDelay: () => 0 } } });
    await queryClient.query(options()).catch(() => undefined);
    expect(counter.calls).toBe(4);
    expect(retry.mock.calls.map(([failureCount]) => failureCount)).toEqual([0, 1, 2, 3]);
  });

  it('lets a per-query retry beat the QueryClient', async () => {
    const counter = failingSynodic();
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    await queryClient.query({ ...options(), retry: 1, retryDelay: 0 }).catch(() => undefined);
    expect(counter.calls).toBe(2);
  });

  it('serves two QueryClients with different settings at once from one options object', async () => {
    const counter = failingSynodic();
    const shared = options();
    const once = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const twice = new QueryClient({ defaultOptions: { queries: { retry: 1, retryDelay: 0 } } });
    await Promise.all([once.query(shared), twice.query(shared)].map((run) => run.catch(() => undefined)));
    expect(counter.calls).toBe(3);
  });
});
