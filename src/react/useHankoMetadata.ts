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
import type { HankoMetadataData, HankoMetadataShape, HankoUserMetadata } from '../core/HankoUserMetadata';
import { type HankoMetadataSchemas, hankoMetadataQueryOptions } from '../core/hankoMetadataQueryOptions';
import type { HankoMetadataQueryKey } from '../core/queryKeys';
import { useHankoClient } from './UserMetadataProvider';
import { type PassThroughOptions, useLibraryQuery, type WithQueryKey } from './useLibraryQuery';

/**
 * `TMetadata` is the app's metadata type (an interface or a type alias), inferred from `schemas` when
 * they are given; `TData` is what `query.select` makes of it.
 */
export interface UseHankoMetadataParameters<
  TMetadata extends HankoMetadataShape = HankoUserMetadata,
  TData = HankoMetadataData<TMetadata>,
> {
  /** Use this client instead of the provider's. */
  client?: HankoClient;
  /** Validate categories with your own schemas; a mismatch is an `ApiError` of kind `validation`. */
  schemas?: HankoMetadataSchemas<TMetadata>;
  /** TanStack Query options, passed through. */
  query?: PassThroughOptions<UseQueryOptions<HankoMetadataData<TMetadata>, ApiError, TData, HankoMetadataQueryKey>>;
}

export type UseHankoMetadataResult<TData = HankoMetadataData> = WithQueryKey<
  UseQueryResult<TData, ApiError>,
  HankoMetadataQueryKey
>;

/**
 * Fetches a Hanko user's metadata; `data` is `null` when the user has none (HTTP 204).
 * An id that is not a UUID disables the query (no request).
 */
export function useHankoMetadata<
  TMetadata extends HankoMetadataShape = HankoUserMetadata,
  TData = HankoMetadataData<TMetadata>,
>(
  userId: string | null | undefined,
  parameters: UseHankoMetadataParameters<TMetadata, TData> = {},
): UseHankoMetadataResult<TData> {
  return useLibraryQuery(
    useQuery<HankoMetadataData<TMetadata>, ApiError, TData, HankoMetadataQueryKey>,
    hankoMetadataQueryOptions(useHankoClient(parameters.client), userId, parameters.schemas),
    parameters.query,
  );
}

/** `useHankoMetadata`'s parameters, with the options TanStack's `useSuspenseQuery` takes under `query`. */
export type UseHankoMetadataSuspenseParameters<
  TMetadata extends HankoMetadataShape = HankoUserMetadata,
  TData = HankoMetadataData<TMetadata>,
> = Omit<UseHankoMetadataParameters<TMetadata, TData>, 'query'> & {
  query?: PassThroughOptions<
    UseSuspenseQueryOptions<HankoMetadataData<TMetadata>, ApiError, TData, HankoMetadataQueryKey>
  >;
};

export type UseHankoMetadataSuspenseResult<TData = HankoMetadataData> = WithQueryKey<
  UseSuspenseQueryResult<TData, ApiError>,
  HankoMetadataQueryKey
>;

/** Suspends until the metadata is loaded; errors (a non-UUID id included) go to the nearest error boundary. */
export function useHankoMetadataSuspense<
  TMetadata extends HankoMetadataShape = HankoUserMetadata,
  TData = HankoMetadataData<TMetadata>,
>(
  userId: string,
  parameters: UseHankoMetadataSuspenseParameters<TMetadata, TData> = {},
): UseHankoMetadataSuspenseResult<TData> {
  return useLibraryQuery(
    useSuspenseQuery<HankoMetadataData<TMetadata>, ApiError, TData, HankoMetadataQueryKey>,
    hankoMetadataQueryOptions(useHankoClient(parameters.client), userId, parameters.schemas),
    parameters.query,
  );
}
