import { QueryClient } from '@tanstack/react-query';
import { createHankoClient, createSynodicClient, type HankoClient } from 'react-user-metadata/core';
import { HANKO_PROXY_PATH } from './config';

/** Anonymous Synodic client, straight to https://api.synodic.ai/v0 (mocked by MSW in the browser). */
export const synodicClient = createSynodicClient();

/** Hanko through the app's proxy. The server passes its own `fetch`; the key (part of the query key) is the same. */
export function createAppHankoClient(fetch?: typeof globalThis.fetch): HankoClient {
  return createHankoClient({ baseUrl: HANKO_PROXY_PATH, ...(fetch ? { fetch } : {}) });
}

/** As TanStack recommends for SSR: a staleTime, so the client does not refetch what the server just fetched. */
export function createAppQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { staleTime: 60_000 } } });
}
