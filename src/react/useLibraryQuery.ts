'use client';
import type { QueryKey } from '@tanstack/react-query';

/** What our options factories return, as far as the hooks care. */
interface LibraryQueryOptions<TQueryKey extends QueryKey> {
  queryKey: TQueryKey;
  enabled: boolean;
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
  // The retry rule is the options' own (see retryPolicy.ts), so a hook retries exactly as
  // `queryClient.query(options)` does with the same options.
  const result = useHook({
    ...options,
    ...query,
    // A missing or malformed id disables the query whatever the app asks. (useSuspenseQuery ignores
    // `enabled`: there the query function rejects such an id with `invalid-input`.)
    enabled: options.enabled && ((query as { enabled?: unknown } | undefined)?.enabled ?? true),
  } as TOptions) as WithQueryKey<TResult, TQueryKey>;
  // Assigned, not spread: spreading would read every field and defeat TanStack's tracked re-renders.
  result.queryKey = options.queryKey;
  return result;
}
