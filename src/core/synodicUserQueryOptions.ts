import type { DataTag, QueryFunctionContext } from '@tanstack/react-query';
import type { ApiError } from './ApiError';
import type { SynodicClient } from './createSynodicClient';
import { type SynodicUserQueryKey, synodicKeys } from './queryKeys';
import { queryRetry, queryRetryDelay, withAppRetrySettings } from './retryPolicy';
import type { SynodicUser } from './SynodicUser';
import { isValidUsername } from './validateInput';

/**
 * Plain TanStack Query options (what `queryOptions()` returns), framework-free: pass them to
 * `useQuery`, `useSuspenseQuery`, `queryClient.query` on a server, or use `queryKey` to read the cache.
 */
export interface SynodicUserQueryOptions {
  queryKey: DataTag<SynodicUserQueryKey, SynodicUser, ApiError>;
  queryFn: (context: QueryFunctionContext<SynodicUserQueryKey>) => Promise<SynodicUser>;
  /** False for a blank or malformed username, so no request is made. */
  enabled: boolean;
  retry: (failureCount: number, error: ApiError) => boolean;
  retryDelay: (failureCount: number, error: ApiError) => number;
}

export function synodicUserQueryOptions(
  client: SynodicClient,
  username: string | null | undefined,
): SynodicUserQueryOptions {
  const name = username ?? '';
  return {
    queryKey: synodicKeys.user(client.baseUrl, name, client.authenticated) as SynodicUserQueryOptions['queryKey'],
    // Called anyway (useSuspenseQuery ignores `enabled`), the client rejects a bad name with `invalid-input`.
    queryFn: withAppRetrySettings(({ signal }) => client.getUser(name, { signal })),
    enabled: isValidUsername(name),
    retry: queryRetry,
    retryDelay: queryRetryDelay,
  };
}
