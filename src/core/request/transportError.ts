import { ApiError } from '../ApiError';
import type { ServiceIdentity } from './ServicePolicy';

/**
 * The error for a request that got no readable answer: `aborted` when it was cancelled, `network`
 * otherwise (DNS, refused connection, CORS, offline, a body cut off). `cause` is what was thrown.
 */
export function transportError(identity: ServiceIdentity, cause: unknown, signal: AbortSignal | undefined): ApiError {
  let aborted = signal?.aborted;
  // By name, not `instanceof`: a DOMException from another realm (an iframe, jsdom) is not an `Error`
  // here. Guarded, because a `fetch` wrapper can throw anything, even an object whose getters throw.
  try {
    aborted ||= (cause as { name?: unknown } | null)?.name === 'AbortError';
  } catch {
    // Not an abort we can recognise: a network error.
  }
  const { service, name } = identity;
  return new ApiError(
    aborted
      ? { kind: 'aborted', service, message: `The ${name} request was cancelled.`, cause }
      : { kind: 'network', service, message: `Could not reach ${name}.`, cause },
  );
}
