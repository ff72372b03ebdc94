import { ApiError } from '../ApiError';
import type { ParsedBody } from './parseBody';
import { quoteServerMessage } from './quoteServerMessage';
import type { ReceivedResponse } from './ReceivedResponse';
import { describeAnswer, type ServicePolicy } from './ServicePolicy';

// For an error without words of its own. 401 and 403 are not in Hanko's spec
// (github.com/teamhanko/docs, `openapi-admin.yaml`) but happen: a bad or missing key, a plan without
// the admin API.
const STATUS_SUMMARY: Record<number, string> = {
  401: 'the API key is missing or invalid',
  403: 'the API key is not allowed',
  404: 'not found',
  429: 'too many requests',
};

function summarizeStatus(status: number): string {
  return STATUS_SUMMARY[status] ?? (status >= 500 ? 'the server had an error' : 'the request was rejected');
}

/**
 * The `http` error for a non-2xx answer, or a 2xx one whose body says it failed; `undefined` when
 * the answer is not an error. `redact` bounds server text and removes the API key from it.
 */
export function httpError(
  policy: ServicePolicy,
  received: ReceivedResponse,
  parsed: ParsedBody,
  redact: (text: string) => string,
): ApiError | undefined {
  const json = parsed.kind === 'json' ? parsed.json : undefined;
  const ok = received.status >= 200 && received.status < 300;
  if (ok && !policy.isErrorDespiteStatus(json)) return undefined;
  const words = policy.readErrorBody(json);
  const serverMessage = words?.message === undefined ? undefined : redact(words.message);
  const summary = (serverMessage && quoteServerMessage(serverMessage)) || summarizeStatus(received.status);
  return new ApiError({
    kind: 'http',
    service: policy.service,
    message: describeAnswer(policy, summary, received.status),
    status: received.status,
    serverMessage,
    serverCode: words?.code,
    body: redact(received.text),
  });
}
