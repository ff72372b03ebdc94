import { ApiError } from '../ApiError';
import type { ParsedBody } from './parseBody';
import type { ReceivedResponse } from './ReceivedResponse';
import { describeAnswer, type ServicePolicy } from './ServicePolicy';

/**
 * The `parse` error for a body that is not JSON (or is too large to be an answer); `undefined` for
 * a body that parsed. `maxBytes` is the cap the body was read with, for the message.
 */
export function parseError(
  policy: ServicePolicy,
  received: ReceivedResponse,
  parsed: ParsedBody,
  redact: (text: string) => string,
  maxBytes: number,
): ApiError | undefined {
  if (parsed.kind === 'json') return undefined;
  const { contentType } = received;
  let summary = 'invalid JSON';
  if (parsed.kind === 'too-large') summary = `an answer over ${maxBytes / 1024 / 1024} MB`;
  else if (/html/i.test(contentType ?? '')) summary = 'an HTML page instead of JSON';
  return new ApiError({
    kind: 'parse',
    service: policy.service,
    message: describeAnswer(policy, summary, received.status),
    status: received.status,
    contentType: contentType === null ? undefined : redact(contentType),
    body: redact(received.text),
    // V8 quotes the start of the body in its SyntaxError message: keep the error, not the key.
    cause: parsed.kind === 'invalid' ? new SyntaxError(redact(messageOf(parsed.error))) : undefined,
  });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
