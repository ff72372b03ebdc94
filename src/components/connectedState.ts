import type { ApiError } from '../core/ApiError';

/**
 * What a connected component shows, one state at a time. Its `status` is the root's `data-state`:
 * the same five words on every connected component (the README lists them).
 */
export type ConnectedState<TData> =
  /** The id cannot be asked for (a Hanko id that is not a UUID): no request is sent. */
  | { status: 'invalid' }
  /** No data and no error yet, or a disabled query (a blank id). */
  | { status: 'loading' }
  /** The request failed; `retrying` while a retry is under way. */
  | { status: 'error'; error: ApiError; retrying: boolean }
  /** The server says there is no such user: retrying would not help. */
  | { status: 'not-found'; error: ApiError }
  /** The data, which may itself say "nothing here" (Hanko's 204 is `null`). */
  | { status: 'success'; data: TData };

/** The `data-state` values of a connected component's root. */
export type ConnectedStatus = ConnectedState<unknown>['status'];

/** What `connectedState` reads: a query result and what the component knows on top of it. */
export interface ConnectedStateInput<TData> {
  data: TData | undefined;
  error: ApiError | null;
  isFetching: boolean;
  /** The component found its id unusable before asking. */
  invalid: boolean;
  /**
   * The error a retry under way started from. TanStack resets a query without data to `pending` while it
   * refetches, which would swap the error (and its focused Retry button) for a skeleton.
   */
  retriedError?: ApiError | undefined;
}

/**
 * The state to show. Data wins over everything, a later error included, so a failed background refetch
 * keeps the loaded content on screen.
 */
export function connectedState<TData>({
  data,
  error,
  isFetching,
  invalid,
  retriedError,
}: ConnectedStateInput<TData>): ConnectedState<TData> {
  if (data !== undefined) return { status: 'success', data };
  if (invalid) return { status: 'invalid' };
  const shownError = error ?? (isFetching ? retriedError : undefined);
  if (!shownError) return { status: 'loading' };
  if (shownError.isNotFound) return { status: 'not-found', error: shownError };
  return { status: 'error', error: shownError, retrying: isFetching };
}
