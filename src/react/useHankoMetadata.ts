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
import { useAppRetryPolicy } from './useAppRetryPolicy';

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
  const client = useHankoClient(parameters.client);
  const options = useAppRetryPolicy(hankoMetadataQueryOptions(client, userId, parameters.schemas));
  const { query } = parameters;
  const result = useQuery<Metadata<TPublic, TPrivate, TUnsafe>, ApiError, TData, HankoMetadataQueryKey>({
    ...options,
    ...query,
    enabled: options.enabled ? (query?.enabled ?? true) : false,
  }) as UseHankoMetadataResult<TData>;
  result.queryKey = options.queryKey;
  return result;
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
  const client = useHankoClient(parameters.client);
  const { enabled: _ignored, ...options } = useAppRetryPolicy(
    hankoMetadataQueryOptions(client, userId, parameters.schemas),
  );
  const result = useSuspenseQuery<Metadata<TPublic, TPrivate, TUnsafe>, ApiError, TData, HankoMetadataQueryKey>({
    ...options,
    ...parameters.query,
  }) as UseHankoMetadataSuspenseResult<TData>;
  result.queryKey = options.queryKey;
  return result;
}
