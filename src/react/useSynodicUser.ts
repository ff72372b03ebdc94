'use client';
import {
  type UseQueryOptions,
  type UseQueryResult,
  type UseSuspenseQueryOptions,
  type UseSuspenseQueryResult,
  useQuery,
  useSuspenseQuery,
} from '@tanstack/react-query';
import type { ApiError } from '../core/ApiError';
import type { SynodicClient } from '../core/createSynodicClient';
import type { SynodicUserQueryKey } from '../core/queryKeys';
import type { SynodicUser } from '../core/SynodicUser';
import { synodicUserQueryOptions } from '../core/synodicUserQueryOptions';
import { useSynodicClient } from './UserMetadataProvider';
import { useLibraryQuery } from './useLibraryQuery';

export interface UseSynodicUserParameters<TData = SynodicUser> {
  /** Use this client instead of the provider's. */
  client?: SynodicClient;
  /** TanStack Query options (`select`, `staleTime`, `enabled`, `retry`…), passed through. */
  query?: Omit<UseQueryOptions<SynodicUser, ApiError, TData, SynodicUserQueryKey>, 'queryKey' | 'queryFn'>;
}

export type UseSynodicUserResult<TData = SynodicUser> = UseQueryResult<TData, ApiError> & {
  /** The key of this query, for `invalidateQueries` or `setQueryData`. */
  queryKey: SynodicUserQueryKey;
};

/** Fetches a Synodic user. A blank username disables the query (no request) rather than failing. */
export function useSynodicUser<TData = SynodicUser>(
  username: string | null | undefined,
  parameters: UseSynodicUserParameters<TData> = {},
): UseSynodicUserResult<TData> {
  return useLibraryQuery(
    useQuery<SynodicUser, ApiError, TData, SynodicUserQueryKey>,
    synodicUserQueryOptions(useSynodicClient(parameters.client), username),
    parameters.query,
  ) as UseSynodicUserResult<TData>;
}

export interface UseSynodicUserSuspenseParameters<TData = SynodicUser> {
  client?: SynodicClient;
  query?: Omit<UseSuspenseQueryOptions<SynodicUser, ApiError, TData, SynodicUserQueryKey>, 'queryKey' | 'queryFn'>;
}

export type UseSynodicUserSuspenseResult<TData = SynodicUser> = UseSuspenseQueryResult<TData, ApiError> & {
  queryKey: SynodicUserQueryKey;
};

/** Suspends until the user is loaded; errors (an invalid username included) go to the nearest error boundary. */
export function useSynodicUserSuspense<TData = SynodicUser>(
  username: string,
  parameters: UseSynodicUserSuspenseParameters<TData> = {},
): UseSynodicUserSuspenseResult<TData> {
  return useLibraryQuery(
    useSuspenseQuery<SynodicUser, ApiError, TData, SynodicUserQueryKey>,
    synodicUserQueryOptions(useSynodicClient(parameters.client), username),
    parameters.query,
  ) as UseSynodicUserSuspenseResult<TData>;
}
