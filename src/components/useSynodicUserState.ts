'use client';
import { useState } from 'react';
import type { ApiError } from '../core/ApiError';
import type { SynodicClient } from '../core/createSynodicClient';
import type { SynodicUser } from '../core/SynodicUser';
import { type UseSynodicUserParameters, useSynodicUser } from '../react/useSynodicUser';

/** What a connected Synodic component shows; switch on `status`. */
export type SynodicUserState =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError; retrying: boolean }
  | { status: 'not-found'; error: ApiError }
  | { status: 'success'; user: SynodicUser };

export interface SynodicUserStateResult {
  state: SynodicUserState;
  /** Fetches again, keeping the error on screen (as `retrying`) until the answer comes. */
  retry: () => void;
}

/**
 * `useSynodicUser` as one union. Data wins over a later error (a failed background refetch keeps
 * showing the user). A disabled query (blank username, `enabled: false`) stays `loading`.
 */
export function useSynodicUserState(
  username: string,
  client: SynodicClient | undefined,
  query: UseSynodicUserParameters['query'],
): SynodicUserStateResult {
  const result = useSynodicUser(username, { client, query });
  // TanStack resets a query without data to `pending` when it refetches, which would swap the error
  // (and the focused Retry button) for a skeleton; remember the error of the retry under way instead.
  const key = JSON.stringify(result.queryKey);
  const [retried, setRetried] = useState<{ key: string; error: ApiError }>();
  const error = result.error ?? (retried?.key === key && result.isFetching ? retried.error : null);
  const state: SynodicUserState = result.data
    ? { status: 'success', user: result.data }
    : !error
      ? { status: 'loading' }
      : error.isNotFound
        ? { status: 'not-found', error }
        : { status: 'error', error, retrying: result.isFetching };
  const retry = () => {
    if (error) setRetried({ key, error });
    void result.refetch();
  };
  return { state, retry };
}
