import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, renderHook, screen, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { Component, type ReactNode, Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../src/core/ApiError';
import { createHankoClient } from '../../src/core/createHankoClient';
import { createSynodicClient } from '../../src/core/createSynodicClient';
import { synodicUserQueryOptions } from '../../src/core/synodicUserQueryOptions';
import { UserMetadataProvider } from '../../src/react/UserMetadataProvider';
import { useHankoMetadata, useHankoMetadataSuspense } from '../../src/react/useHankoMetadata';
import { useSynodicUser, useSynodicUserSuspense } from '../../src/react/useSynodicUser';
import { server } from '../mswServer';

const SYNODIC = 'https://api.synodic.ai/v0';
const HANKO = 'https://tenant.hanko.io/admin';
const USER = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const publicUser = { created_at: 1716899295, photo_url: null, repositories: ['example/coffee'] };

function setup(options: { hanko?: boolean; queryClient?: QueryClient } = {}) {
  const queryClient = options.queryClient ?? new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const hankoClient = options.hanko === false ? undefined : createHankoClient({ baseUrl: HANKO });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <UserMetadataProvider synodicClient={createSynodicClient()} hankoClient={hankoClient}>
        {children}
      </UserMetadataProvider>
    </QueryClientProvider>
  );
  return { queryClient, wrapper };
}

function countRequests(path: string, respond: () => Response) {
  const counter = { calls: 0 };
  server.use(
    http.get(path, () => {
      counter.calls += 1;
      return respond();
    }),
  );
  return counter;
}

describe('useSynodicUser', () => {
  it('loads a user through the provider client and attaches the query key', async () => {
    server.use(http.get(`${SYNODIC}/:user`, () => HttpResponse.json(publicUser)));
    const { wrapper } = setup();
    const { result } = renderHook(() => useSynodicUser('example'), { wrapper });
    expect(result.current.isPending).toBe(true);
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.repositories).toEqual(['example/coffee']);
    expect(result.current.queryKey).toEqual([
      'react-user-metadata',
      'synodic',
      SYNODIC,
      'user',
      'example',
      { authenticated: false },
    ]);
  });

  it('passes TanStack options through under `query`, select included', async () => {
    server.use(http.get(`${SYNODIC}/:user`, () => HttpResponse.json(publicUser)));
    const { wrapper } = setup();
    const { result } = renderHook(
      () => useSynodicUser('example', { query: { select: (user) => user.repositories.length } }),
      {
        wrapper,
      },
    );
    await waitFor(() => expect(result.current.data).toBe(1));
  });

  it('makes no request for a blank username, and respects query.enabled', async () => {
    const counter = countRequests(`${SYNODIC}/:user`, () => HttpResponse.json(publicUser));
    const { wrapper } = setup();
    const blank = renderHook(() => useSynodicUser('  '), { wrapper });
    const disabled = renderHook(() => useSynodicUser('example', { query: { enabled: false } }), { wrapper });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(blank.result.current.fetchStatus).toBe('idle');
    expect(disabled.result.current.fetchStatus).toBe('idle');
    expect(counter.calls).toBe(0);
  });

  it('uses a per-hook client over the provider one', async () => {
    server.use(
      http.get('https://proxy.test/synodic/:user', () => HttpResponse.json({ ...publicUser, repositories: [] })),
    );
    const { wrapper } = setup();
    const client = createSynodicClient({ baseUrl: 'https://proxy.test/synodic' });
    const { result } = renderHook(() => useSynodicUser('example', { client }), { wrapper });
    await waitFor(() => expect(result.current.data?.repositories).toEqual([]));
  });

  it('types and exposes errors as ApiError', async () => {
    server.use(http.get(`${SYNODIC}/:user`, () => HttpResponse.json({ error: 'User not found' }, { status: 404 })));
    const { wrapper } = setup();
    const { result } = renderHook(() => useSynodicUser('ghost'), { wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(ApiError);
    expect(result.current.error?.isNotFound).toBe(true);
  });

  it('works without a provider, with an anonymous default client', async () => {
    server.use(http.get(`${SYNODIC}/:user`, () => HttpResponse.json(publicUser)));
    const queryClient = new QueryClient();
    const { result } = renderHook(() => useSynodicUser('example'), {
      wrapper: ({ children }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>,
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
  });
});

describe('useHankoMetadata', () => {
  it('resolves a 204 to null data', async () => {
    server.use(http.get(`${HANKO}/users/:id/metadata`, () => new HttpResponse(null, { status: 204 })));
    const { wrapper } = setup();
    const { result } = renderHook(() => useHankoMetadata(USER), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toBeNull();
  });

  it('types the categories with generics', async () => {
    server.use(
      http.get(`${HANKO}/users/:id/metadata`, () => HttpResponse.json({ public_metadata: { role: 'admin' } })),
    );
    const { wrapper } = setup();
    const { result } = renderHook(() => useHankoMetadata<{ public_metadata?: { role: string } }>(USER), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const role: string | undefined = result.current.data?.public_metadata?.role;
    expect(role).toBe('admin');
  });

  it('makes no request for a non-UUID id', async () => {
    const counter = countRequests(`${HANKO}/users/:id/metadata`, () => HttpResponse.json({}));
    const { wrapper } = setup();
    const { result } = renderHook(() => useHankoMetadata('42'), { wrapper });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(result.current.isPending).toBe(true);
    expect(result.current.fetchStatus).toBe('idle');
    expect(counter.calls).toBe(0);
  });

  it('makes one request for two components reading the same id', async () => {
    const counter = countRequests(`${HANKO}/users/:id/metadata`, () =>
      HttpResponse.json({ public_metadata: { a: 1 } }),
    );
    const { wrapper } = setup();
    function Reader({ label }: { label: string }) {
      const { data } = useHankoMetadata(USER);
      return <p>{data ? `${label}: ${String(data.public_metadata?.a)}` : `${label}: loading`}</p>;
    }
    render(
      <>
        <Reader label="first" />
        <Reader label="second" />
      </>,
      { wrapper },
    );
    await screen.findByText('first: 1');
    await screen.findByText('second: 1');
    expect(counter.calls).toBe(1);
  });

  it('makes no request for an id cached within staleTime', async () => {
    const counter = countRequests(`${HANKO}/users/:id/metadata`, () =>
      HttpResponse.json({ public_metadata: { a: 1 } }),
    );
    const { wrapper } = setup();
    const first = renderHook(() => useHankoMetadata(USER, { query: { staleTime: 60_000 } }), { wrapper });
    await waitFor(() => expect(first.result.current.isSuccess).toBe(true));
    first.unmount();
    const second = renderHook(() => useHankoMetadata(USER, { query: { staleTime: 60_000 } }), { wrapper });
    expect(second.result.current.data?.public_metadata).toEqual({ a: 1 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(counter.calls).toBe(1);
  });

  it('throws a clear error when no Hanko client is configured', () => {
    const { wrapper } = setup({ hanko: false });
    expect(() => renderHook(() => useHankoMetadata(USER), { wrapper })).toThrow(/no Hanko client/);
  });
});

class Boundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state = { error: undefined as unknown };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override render() {
    const { error } = this.state;
    if (error) return <p role="alert">{error instanceof ApiError ? `${error.kind}: ${error.message}` : 'other'}</p>;
    return this.props.children;
  }
}

describe('Suspense hooks', () => {
  it('suspend, then render the data', async () => {
    server.use(http.get(`${SYNODIC}/:user`, () => HttpResponse.json(publicUser)));
    const { wrapper } = setup();
    function Repos() {
      const { data } = useSynodicUserSuspense('example');
      return <p>{data.repositories.join(',')}</p>;
    }
    render(
      <Suspense fallback={<p>suspended</p>}>
        <Repos />
      </Suspense>,
      { wrapper },
    );
    expect(screen.getByText('suspended')).toBeInTheDocument();
    expect(await screen.findByText('example/coffee')).toBeInTheDocument();
  });

  it('send an invalid id to the error boundary as invalid-input, with no request', async () => {
    const counter = countRequests(`${HANKO}/users/:id/metadata`, () => HttpResponse.json({}));
    // React logs every error caught by a boundary; the boundary's output is what this test checks.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { wrapper } = setup();
    function Meta() {
      useHankoMetadataSuspense('nope');
      return <p>never</p>;
    }
    render(
      <Boundary>
        <Suspense fallback={<p>suspended</p>}>
          <Meta />
        </Suspense>
      </Boundary>,
      { wrapper },
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(/^invalid-input: /);
    expect(counter.calls).toBe(0);
  });
});

describe('retry policy in hooks', () => {
  const failing = () => HttpResponse.json({ code: 500, message: 'could not fetch metadata' }, { status: 500 });

  it("keeps the library's policy when the app states none: a 500 is retried twice", async () => {
    const counter = countRequests(`${HANKO}/users/:id/metadata`, failing);
    const { wrapper } = setup({ queryClient: new QueryClient() });
    const { result } = renderHook(() => useHankoMetadata(USER, { query: { retryDelay: 0 } }), { wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(counter.calls).toBe(3);
  });

  it("lets a QueryClient's own retry default win (retry: false means one request)", async () => {
    const counter = countRequests(`${HANKO}/users/:id/metadata`, failing);
    const { wrapper } = setup({ queryClient: new QueryClient({ defaultOptions: { queries: { retry: false } } }) });
    const { result } = renderHook(() => useHankoMetadata(USER), { wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(counter.calls).toBe(1);
  });

  it('lets setQueryDefaults for our keys win too', async () => {
    const counter = countRequests(`${SYNODIC}/:user`, () => new HttpResponse('down', { status: 503 }));
    const queryClient = new QueryClient();
    queryClient.setQueryDefaults(['react-user-metadata'], { retry: 1, retryDelay: 0 });
    const { wrapper } = setup({ queryClient });
    const { result } = renderHook(() => useSynodicUser('example'), { wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(counter.calls).toBe(2);
  });

  const appSettings: [string, () => QueryClient, number][] = [
    ['no retry settings (the library policy)', () => new QueryClient(), 3],
    ['defaultOptions retry: false', () => new QueryClient({ defaultOptions: { queries: { retry: false } } }), 1],
    ['defaultOptions retry: 1', () => new QueryClient({ defaultOptions: { queries: { retry: 1 } } }), 2],
  ];
  it.each(appSettings)('retries as queryClient.query(options) does, with %s', async (_, makeClient, requests) => {
    const counter = countRequests(`${SYNODIC}/:user`, () => new HttpResponse('down', { status: 503 }));
    // Without a wait between attempts, so the test runs in milliseconds.
    const query = { retryDelay: 0 };
    const { wrapper } = setup({ queryClient: makeClient() });
    const { result } = renderHook(() => useSynodicUser('example', { query }), { wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    const byHook = counter.calls;
    const options = synodicUserQueryOptions(createSynodicClient(), 'example');
    await makeClient().query({ ...options, ...query }).catch(() => undefined);
    expect([byHook, counter.calls - byHook]).toEqual([requests, requests]);
  });
});
