'use client';
import { type QueryKey, useQueryClient } from '@tanstack/react-query';

interface RetryPolicy {
  retry: unknown;
  retryDelay: unknown;
}

/**
 * Our options factories carry the library's retry policy, and per-query options beat QueryClient
 * defaults in TanStack. An app that states its own policy on the QueryClient (`defaultOptions` or
 * `setQueryDefaults`, e.g. `retry: false` in tests) means it, so that policy is put back on top.
 */
export function useAppRetryPolicy<T extends RetryPolicy>(options: T & { queryKey: QueryKey }): T {
  const queryClient = useQueryClient();
  const app = { ...queryClient.getDefaultOptions().queries, ...queryClient.getQueryDefaults(options.queryKey) };
  if (app.retry === undefined && app.retryDelay === undefined) return options;
  return {
    ...options,
    retry: app.retry ?? options.retry,
    retryDelay: app.retryDelay ?? options.retryDelay,
  };
}
