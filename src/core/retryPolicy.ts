import type { DefaultOptions, QueryFunctionContext } from '@tanstack/react-query';
import { type ApiError, isApiError } from './ApiError';

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

/** What an app stated about retries on its QueryClient (`defaultOptions` or `setQueryDefaults`), if anything. */
type AppRetrySettings = Pick<NonNullable<DefaultOptions['queries']>, 'retry' | 'retryDelay'>;

// TanStack calls `retry` and `retryDelay` with the failure count and the error only, but it hands the
// query function the QueryClient that runs it. So the query function reads the app's settings there and
// files them under the error it throws, where the two callbacks find them. Keyed by error, not kept in
// the options: one options object may serve several QueryClients at once (a server has one per request).
const appSettingsByError = new WeakMap<object, AppRetrySettings>();

/**
 * Wraps a query function of our options factories so that, when it fails, `queryRetry` and
 * `queryRetryDelay` know the retry settings of the app's QueryClient for this query's key.
 */
export function withAppRetrySettings<TContext extends Pick<QueryFunctionContext, 'queryKey'>, TData>(
  queryFn: (context: TContext) => Promise<TData>,
): (context: TContext) => Promise<TData> {
  return async (context) => {
    try {
      return await queryFn(context);
    } catch (error) {
      // Early 5.x releases of TanStack Query pass no `client` (github.com/TanStack/query/pull/8599): there
      // the library's policy applies.
      const client = (context as Partial<QueryFunctionContext>).client;
      if (client && typeof error === 'object' && error !== null) {
        const { retry, retryDelay } = {
          ...client.getDefaultOptions().queries,
          ...client.getQueryDefaults(context.queryKey),
        };
        appSettingsByError.set(error, { retry, retryDelay });
      }
      throw error;
    }
  };
}

/** `retry` of our options: the app's QueryClient setting when it states one, else `shouldRetry`. */
export function queryRetry(failureCount: number, error: ApiError): boolean {
  const app = appSettingsByError.get(error)?.retry;
  if (app === undefined) return shouldRetry(failureCount, error);
  // The three forms TanStack accepts, read the way TanStack reads them.
  if (typeof app === 'function') return app(failureCount, error);
  return typeof app === 'number' ? failureCount < app : app;
}

/** `retryDelay` of our options: the app's QueryClient setting when it states one, else `retryDelay`. */
export function queryRetryDelay(failureCount: number, error: ApiError): number {
  const app = appSettingsByError.get(error)?.retryDelay;
  if (app === undefined) return retryDelay(failureCount);
  return typeof app === 'function' ? app(failureCount, error) : app;
}
