import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createHankoClient } from '../../src/core/createHankoClient';
import type { HankoUserMetadata } from '../../src/core/HankoUserMetadata';
import { hankoKeys } from '../../src/core/queryKeys';
import { createHankoMetadataStore, hankoEditableHandlers } from '../../src/msw';
import { UserMetadataProvider } from '../../src/react/UserMetadataProvider';
import { useHankoMetadata } from '../../src/react/useHankoMetadata';
import { useUpdateHankoMetadata } from '../../src/react/useUpdateHankoMetadata';
import { server } from '../mswServer';

const HANKO = 'https://tenant.hanko.io/admin';
const USER = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const BASE: HankoUserMetadata = { public_metadata: { role: 'admin', quota: 10 } };
const KEY = hankoKeys.metadata(HANKO, USER);

function setup(stored: HankoUserMetadata | null = BASE) {
  const store = createHankoMetadataStore({ [USER]: stored });
  server.use(...hankoEditableHandlers({ baseUrl: HANKO, store }));
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const client = createHankoClient({ baseUrl: HANKO });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <UserMetadataProvider hankoClient={client}>{children}</UserMetadataProvider>
    </QueryClientProvider>
  );
  const { result } = renderHook(() => ({ query: useHankoMetadata(USER), update: useUpdateHankoMetadata(USER) }), {
    wrapper,
  });
  return { store, queryClient, result };
}

/** Holds every PATCH until `release()` is called, so the optimistic state can be looked at. */
function holdPatches() {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  server.use(
    http.patch(`${HANKO}/users/:id/metadata`, async () => {
      await held;
      return undefined;
    }),
  );
  return () => release();
}

describe('useUpdateHankoMetadata', () => {
  it('shows the change at once, then holds what Hanko stored', async () => {
    const { result, store, queryClient } = setup();
    await waitFor(() => expect(result.current.query.data).toEqual(BASE));
    const release = holdPatches();
    act(() => result.current.update.mutate({ base: BASE, patch: { public_metadata: { quota: 20 } } }));
    await waitFor(() => expect(result.current.query.data).toEqual({ public_metadata: { role: 'admin', quota: 20 } }));
    expect(store.get(USER)).toEqual(BASE);
    release();
    await waitFor(() => expect(result.current.update.isSuccess).toBe(true));
    expect(store.get(USER)).toEqual({ public_metadata: { role: 'admin', quota: 20 } });
    expect(queryClient.getQueryData(KEY)).toEqual({ public_metadata: { role: 'admin', quota: 20 } });
    expect(result.current.update.data).toEqual({ public_metadata: { role: 'admin', quota: 20 } });
  });

  it('sets the cache to null when Hanko answers 204', async () => {
    const { result } = setup();
    await waitFor(() => expect(result.current.query.data).toEqual(BASE));
    act(() => result.current.update.mutate({ base: BASE, patch: { public_metadata: null } }));
    await waitFor(() => expect(result.current.update.isSuccess).toBe(true));
    expect(result.current.query.data).toBeNull();
  });

  it('rolls back to the cached metadata when the request fails', async () => {
    const { result } = setup();
    await waitFor(() => expect(result.current.query.data).toEqual(BASE));
    server.use(
      http.patch(`${HANKO}/users/:id/metadata`, () =>
        HttpResponse.json({ code: 500, message: 'could not update metadata' }, { status: 500 }),
      ),
    );
    act(() => result.current.update.mutate({ base: BASE, patch: { public_metadata: { quota: 20 } } }));
    await waitFor(() => expect(result.current.update.isError).toBe(true));
    expect(result.current.update.error).toMatchObject({ kind: 'http', status: 500 });
    expect(result.current.query.data).toEqual(BASE);
  });

  it('on a 409 rolls back, then loads the metadata someone else saved; nothing of theirs is lost', async () => {
    const { result, store } = setup();
    await waitFor(() => expect(result.current.query.data).toEqual(BASE));
    // Another admin changes the role after this one loaded the page.
    store.set(USER, { public_metadata: { role: 'owner', quota: 10 } });
    act(() => result.current.update.mutate({ base: BASE, patch: { public_metadata: { quota: 20 } } }));
    await waitFor(() => expect(result.current.update.isError).toBe(true));
    expect(result.current.update.error?.status).toBe(409);
    await waitFor(() => expect(result.current.query.data).toEqual({ public_metadata: { role: 'owner', quota: 10 } }));
    expect(store.get(USER)).toEqual({ public_metadata: { role: 'owner', quota: 10 } });
  });

  it('refuses an oversized result before any request and leaves the cache as it was', async () => {
    const { result } = setup();
    await waitFor(() => expect(result.current.query.data).toEqual(BASE));
    const patchSeen = vi.fn();
    server.use(http.patch(`${HANKO}/users/:id/metadata`, patchSeen));
    act(() => result.current.update.mutate({ base: BASE, patch: { public_metadata: { note: 'x'.repeat(3000) } } }));
    await waitFor(() => expect(result.current.update.isError).toBe(true));
    expect(result.current.update.error).toMatchObject({ kind: 'invalid-input', input: 'patch.public_metadata' });
    expect(patchSeen).not.toHaveBeenCalled();
    expect(result.current.query.data).toEqual(BASE);
  });

  it('keeps the categories the proxy withheld marked hidden, while the edit is on its way and after', async () => {
    const withheld = { 'x-user-metadata-withheld': 'private_metadata' };
    const { result } = setup();
    await waitFor(() => expect(result.current.query.data).toEqual(BASE));
    server.use(
      http.get(`${HANKO}/users/:id/metadata`, () => HttpResponse.json(BASE, { headers: withheld })),
    );
    await act(() => result.current.query.refetch());
    const hidden: HankoUserMetadata = { ...BASE, withheld_categories: ['private_metadata'] };
    await waitFor(() => expect(result.current.query.data).toEqual(hidden));
    server.use(
      http.patch(`${HANKO}/users/:id/metadata`, () =>
        HttpResponse.json({ public_metadata: { role: 'admin', quota: 20 } }, { headers: withheld }),
      ),
    );
    const release = holdPatches();
    act(() => result.current.update.mutate({ base: hidden, patch: { public_metadata: { quota: 20 } } }));
    const changed = { public_metadata: { role: 'admin', quota: 20 }, withheld_categories: ['private_metadata'] };
    await waitFor(() => expect(result.current.query.data).toEqual(changed));
    release();
    await waitFor(() => expect(result.current.update.isSuccess).toBe(true));
    expect(result.current.query.data).toEqual(changed);
  });

  it("runs the app's own callbacks after its own cache work", async () => {
    const { result, queryClient } = setup();
    await waitFor(() => expect(result.current.query.data).toEqual(BASE));
    const seen: unknown[] = [];
    const { result: withCallback } = renderHook(
      () =>
        useUpdateHankoMetadata(USER, {
          mutation: { onSuccess: () => seen.push(queryClient.getQueryData(KEY)) },
        }),
      {
        wrapper: ({ children }: { children: ReactNode }) => (
          <QueryClientProvider client={queryClient}>
            <UserMetadataProvider hankoClient={createHankoClient({ baseUrl: HANKO })}>{children}</UserMetadataProvider>
          </QueryClientProvider>
        ),
      },
    );
    act(() => withCallback.current.mutate({ base: BASE, patch: { public_metadata: { quota: 30 } } }));
    await waitFor(() => expect(withCallback.current.isSuccess).toBe(true));
    expect(seen).toEqual([{ public_metadata: { role: 'admin', quota: 30 } }]);
  });
});
