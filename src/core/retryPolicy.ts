import { isApiError } from './ApiError';

/** Most retries after the first attempt, for network errors and 5xx/408/429 only. */
export const MAX_RETRIES = 2;

/**
 * Never retries what cannot get better by itself (4xx, invalid input, a body of the wrong shape);
 * retries a dead network or a 5xx at most twice.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_RETRIES && isApiError(error) && error.isRetryable;
}

/** Exponential backoff, 1 s then 2 s, capped at 10 s. */
export function retryDelay(attempt: number): number {
  return Math.min(1000 * 2 ** attempt, 10_000);
}
