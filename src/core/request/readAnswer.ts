import { httpError } from './httpError';
import { parseBody } from './parseBody';
import { parseError } from './parseError';
import type { ReceivedResponse } from './ReceivedResponse';
import type { ServicePolicy } from './ServicePolicy';
import { validateBody } from './validateBody';

/**
 * Everything a request does once its body is read: parse it, turn a failure status or a body that is not
 * JSON into its `ApiError`, and validate the JSON with the policy's schema. Resolves with the valid data
 * (`undefined` for a service's empty answer); rejects with an `ApiError`. The requester loads this module
 * on demand, with a client's first request. `redact` bounds server text and removes the API key from it;
 * `maxBytes` is the cap the body was read with.
 */
export async function readAnswer<T>(
  policy: ServicePolicy<T>,
  received: ReceivedResponse,
  redact: (text: string) => string,
  maxBytes: number,
): Promise<T | undefined> {
  const parsed = await parseBody(received, policy.parse);
  // A failure status outranks a body that does not parse: an HTML 502 page is an HTTP error.
  const failure = httpError(policy, received, parsed, redact) ?? parseError(policy, received, parsed, redact, maxBytes);
  if (failure) throw failure;
  const json = parsed.kind === 'json' ? parsed.json : undefined;
  const validated = validateBody(policy, policy.schema, json, received.status);
  if (!validated.valid) throw validated.error;
  return validated.data;
}
