import { redactSecrets } from '../core/request/redactSecrets';
import type { UserMetadataProxyErrorEvent } from './createUserMetadataHandler';

/**
 * The proxy's one way to report a failure: to `onError`, or `console.error` without one, with every
 * secret removed from the message first. Never throws.
 */
export function createErrorReporter(
  onError: ((event: UserMetadataProxyErrorEvent) => void) | undefined,
  secrets: readonly string[],
): (event: UserMetadataProxyErrorEvent) => void {
  return (event) => {
    const safe = { ...event, message: redactSecrets(event.message, secrets) };
    try {
      if (onError) onError(safe);
      else console.error(`[react-user-metadata/server] ${safe.service}: ${safe.message}`);
    } catch {
      // A failing logger must not turn an answer into an unhandled rejection.
    }
  };
}
