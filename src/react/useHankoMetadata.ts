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
import type { HankoClient } from '../core/createHankoClient';
import type { HankoUserMetadata } from '../core/HankoUserMetadata';
import { type HankoMetadataSchemas, hankoMetadataQueryOptions } from '../core/hankoMetadataQueryOptions';
import type { JsonObject } from '../core/json';
import type { HankoMetadataQueryKey } from '../core/queryKeys';
import { useHankoClient } from './UserMetadataProvider';
import { useLibraryQuery } from './useLibraryQuery';

type Metadata<P extends JsonObject, R extends JsonObject, U extends JsonObject> = HankoUserMetadata<P, R, U> | null;

export interface UseHankoMetadataParameters<
  TPublic extends JsonObject = JsonObject,
  TPrivate extends JsonObject = JsonObject,
  TUnsafe extends JsonObject = JsonObject,
  TData = Metadata<TPublic, TPrivate, TUnsafe>,
> {
  client?: HankoClient;
  /** Validate categories with your own schemas; a mismatch is an `ApiError` of kind `validation`. */
  schemas?: HankoMetadataSchemas<TPublic, TPrivate, TUnsafe>;
  /** TanStack Query options, passed through. */
  query?: Omit<
    UseQueryOptions<Metadata<TPublic, TPrivate, TUnsafe>, ApiError, TData, HankoMetadataQueryKey>,
    'queryKey' | 'queryFn'
  >;
}

export type UseHankoMetadataResult<TData> = UseQueryResult<TData, ApiError> & { queryKey: HankoMetadataQueryKey };

/**
 * Fetches a Hanko user's metadata; `data` is `null` when the user has none (HTTP 204).
 * An id that is not a UUID disables the query (no request).
 */
export function useHankoMetadata<
  TPublic extends JsonObject = JsonObject,
  TPrivate extends JsonObject = JsonObject,
  TUnsafe extends JsonObject = JsonObject,
  TData = Metadata<TPublic, TPrivate, TUnsafe>,
>(
  userId: string | null | undefined,
  parameters: UseHankoMetadataParameters<TPublic, TPrivate, TUnsafe, TData> = {},
): UseHankoMetadataResult<TData> {
  return useLibraryQuery(
    useQuery<Metadata<TPublic, TPrivate, TUnsafe>, ApiError, TData, HankoMetadataQueryKey>,
    hankoMetadataQueryOptions(useHankoClient(parameters.client), userId, parameters.schemas),
    parameters.query,
  ) as UseHankoMetadataResult<TData>;
}

export interface UseHankoMetadataSuspenseParameters<
  TPublic extends JsonObject = JsonObject,
  TPrivate extends JsonObject = JsonObject,
  TUnsafe extends JsonObject = JsonObject,
  TData = Metadata<TPublic, TPrivate, TUnsafe>,
> {
  client?: HankoClient;
  schemas?: HankoMetadataSchemas<TPublic, TPrivate, TUnsafe>;
  query?: Omit<
    UseSuspenseQueryOptions<Metadata<TPublic, TPrivate, TUnsafe>, ApiError, TData, HankoMetadataQueryKey>,
    'queryKey' | 'queryFn'
  >;
}

export type UseHankoMetadataSuspenseResult<TData> = UseSuspenseQueryResult<TData, ApiError> & {
  queryKey: HankoMetadataQueryKey;
};

/** Suspends until the metadata is loaded; errors (a non-UUID id included) go to the nearest error boundary. */
export function useHankoMetadataSuspense<
  TPublic extends JsonObject = JsonObject,
  TPrivate extends JsonObject = JsonObject,
  TUnsafe extends JsonObject = JsonObject,
  TData = Metadata<TPublic, TPrivate, TUnsafe>,
>(
  userId: string,
  parameters: UseHankoMetadataSuspenseParameters<TPublic, TPrivate, TUnsafe, TData> = {},
): UseHankoMetadataSuspenseResult<TData> {
  return useLibraryQuery(
    useSuspenseQuery<Metadata<TPublic, TPrivate, TUnsafe>, ApiError, TData, HankoMetadataQueryKey>,
    hankoMetadataQueryOptions(useHankoClient(parameters.client), userId, parameters.schemas),
    parameters.query,
  ) as UseHankoMetadataSuspenseResult<TData>;
}
