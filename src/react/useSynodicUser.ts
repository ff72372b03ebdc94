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
import { type PassThroughOptions, useLibraryQuery, type WithQueryKey } from './useLibraryQuery';

export interface UseSynodicUserParameters<TData = SynodicUser> {
  /** Use this client instead of the provider's. */
  client?: SynodicClient;
  /** TanStack Query options (`select`, `staleTime`, `enabled`, `retry`…), passed through. */
  query?: PassThroughOptions<UseQueryOptions<SynodicUser, ApiError, TData, SynodicUserQueryKey>>;
}

export type UseSynodicUserResult<TData = SynodicUser> = WithQueryKey<
  UseQueryResult<TData, ApiError>,
  SynodicUserQueryKey
>;

/** Fetches a Synodic user. A blank username disables the query (no request) rather than failing. */
export function useSynodicUser<TData = SynodicUser>(
  username: string | null | undefined,
  parameters: UseSynodicUserParameters<TData> = {},
): UseSynodicUserResult<TData> {
  return useLibraryQuery(
    useQuery<SynodicUser, ApiError, TData, SynodicUserQueryKey>,
    synodicUserQueryOptions(useSynodicClient(parameters.client), username),
    parameters.query,
  );
}

/** `useSynodicUser`'s parameters, with the options TanStack's `useSuspenseQuery` takes under `query`. */
export type UseSynodicUserSuspenseParameters<TData = SynodicUser> = Omit<UseSynodicUserParameters<TData>, 'query'> & {
  query?: PassThroughOptions<UseSuspenseQueryOptions<SynodicUser, ApiError, TData, SynodicUserQueryKey>>;
};

export type UseSynodicUserSuspenseResult<TData = SynodicUser> = WithQueryKey<
  UseSuspenseQueryResult<TData, ApiError>,
  SynodicUserQueryKey
>;

/** Suspends until the user is loaded; errors (an invalid username included) go to the nearest error boundary. */
export function useSynodicUserSuspense<TData = SynodicUser>(
  username: string,
  parameters: UseSynodicUserSuspenseParameters<TData> = {},
): UseSynodicUserSuspenseResult<TData> {
  return useLibraryQuery(
    useSuspenseQuery<SynodicUser, ApiError, TData, SynodicUserQueryKey>,
    synodicUserQueryOptions(useSynodicClient(parameters.client), username),
    parameters.query,
  );
}
