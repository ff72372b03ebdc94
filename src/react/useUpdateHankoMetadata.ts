'use client';
import { type UseMutationOptions, type UseMutationResult, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiError } from '../core/ApiError';
import { applyMetadataPatch } from '../core/applyMetadataPatch';
import type { HankoClient } from '../core/createHankoClient';
import type { HankoUserMetadata } from '../core/HankoUserMetadata';
import { type HankoMetadataUpdate, hankoMetadataMutationOptions } from '../core/hankoMetadataMutationOptions';
import type { HankoMetadataPatch } from '../core/HankoMetadataPatch';
import { hankoKeys } from '../core/queryKeys';
import { withholdMetadataCategories } from '../core/withheldCategories';
import { useHankoClient } from './UserMetadataProvider';

/** What an update remembers for its rollback: the cached metadata before the optimistic change. */
export interface HankoMetadataUpdateContext {
  previous: HankoUserMetadata | null | undefined;
}

export interface UseUpdateHankoMetadataParameters {
  client?: HankoClient;
  /** TanStack mutation options, passed through; `onSuccess`, `onError` and `onSettled` run after the hook's own. */
  mutation?: Omit<
    UseMutationOptions<HankoUserMetadata | null, ApiError, HankoMetadataUpdate, HankoMetadataUpdateContext>,
    'mutationKey' | 'mutationFn' | 'onMutate'
  >;
}

export type UseUpdateHankoMetadataResult = UseMutationResult<
  HankoUserMetadata | null,
  ApiError,
  HankoMetadataUpdate,
  HankoMetadataUpdateContext
>;

/** What the cache shows while the patch is on its way; categories the caller may not read stay marked hidden. */
function optimisticMetadata(previous: HankoUserMetadata | null, patch: HankoMetadataPatch): HankoUserMetadata | null {
  return withholdMetadataCategories(applyMetadataPatch(previous, patch), previous?.withheld_categories ?? []);
}

/**
 * Edits a Hanko user's metadata: `mutate({ base, patch })`. The metadata query of the same id shows the
 * change at once, goes back if the request fails, and then holds what Hanko stored (`null` when nothing
 * is left). A 409 (someone else changed the metadata since `base` was read) also refetches it.
 */
export function useUpdateHankoMetadata(
  userId: string | null | undefined,
  parameters: UseUpdateHankoMetadataParameters = {},
): UseUpdateHankoMetadataResult {
  const queryClient = useQueryClient();
  const client = useHankoClient(parameters.client);
  const queryKey = hankoKeys.metadata(client.baseUrl, userId ?? '');
  const { onSuccess, onError, onSettled, ...rest } = parameters.mutation ?? {};
  return useMutation<HankoUserMetadata | null, ApiError, HankoMetadataUpdate, HankoMetadataUpdateContext>({
    ...hankoMetadataMutationOptions(client, userId),
    ...rest,
    onMutate: async ({ patch }) => {
      // A read in flight would land after the optimistic value and overwrite it.
      await queryClient.cancelQueries({ queryKey, exact: true });
      const previous = queryClient.getQueryData<HankoUserMetadata | null>(queryKey);
      if (previous !== undefined) queryClient.setQueryData(queryKey, optimisticMetadata(previous, patch));
      return { previous };
    },
    onError: (error, update, context, ...more) => {
      if (context?.previous !== undefined) queryClient.setQueryData(queryKey, context.previous);
      if (error.status === 409) void queryClient.invalidateQueries({ queryKey, exact: true });
      return onError?.(error, update, context, ...more);
    },
    onSuccess: (stored, update, context, ...more) => {
      queryClient.setQueryData(queryKey, stored);
      return onSuccess?.(stored, update, context, ...more);
    },
    onSettled,
  });
}
