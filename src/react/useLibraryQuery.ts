'use client';
import { type QueryKey, useQueryClient } from '@tanstack/react-query';

/** What our options factories return, as far as the hooks care. */
interface LibraryQueryOptions<TQueryKey extends QueryKey> {
  queryKey: TQueryKey;
  enabled: boolean;
  retry: unknown;
  retryDelay: unknown;
}

/** TanStack options an app passes through a hook's `query`: all but the key and function our factory sets. */
export type PassThroughOptions<TOptions> = Omit<TOptions, 'queryKey' | 'queryFn'>;

/** A hook's result: TanStack's own, plus the query key, for `invalidateQueries` or `setQueryData`. */
export type WithQueryKey<TResult, TQueryKey> = TResult & { queryKey: TQueryKey };

/**
 * The body of every hook: the options of one of our factories through `useQuery` or `useSuspenseQuery`
 * (`useHook`), TanStack options from the app on top (`query`), and the query key attached to the result.
 */
export function useLibraryQuery<TOptions, TResult, TQueryKey extends QueryKey>(
  useHook: (options: TOptions) => TResult,
  options: LibraryQueryOptions<TQueryKey>,
  query: object | undefined,
): WithQueryKey<TResult, TQueryKey> {
  const queryClient = useQueryClient();
  // Our factories carry the library's retry policy, and per-query options beat QueryClient defaults in
  // TanStack. An app that states its own policy on the QueryClient (`defaultOptions` or
  // `setQueryDefaults`, e.g. `retry: false` in tests) means it, so that policy is put back on top.
  const app = { ...queryClient.getDefaultOptions().queries, ...queryClient.getQueryDefaults(options.queryKey) };
  const result = useHook({
    ...options,
    retry: app.retry ?? options.retry,
    retryDelay: app.retryDelay ?? options.retryDelay,
    ...query,
    // A missing or malformed id disables the query whatever the app asks. (useSuspenseQuery ignores
    // `enabled`: there the query function rejects such an id with `invalid-input`.)
    enabled: options.enabled && ((query as { enabled?: unknown } | undefined)?.enabled ?? true),
  } as TOptions) as WithQueryKey<TResult, TQueryKey>;
  // Assigned, not spread: spreading would read every field and defeat TanStack's tracked re-renders.
  result.queryKey = options.queryKey;
  return result;
}
