import { ApiError } from '../ApiError';
import type { ReceivedResponse } from './ReceivedResponse';

/** A body as JSON (`undefined` when empty), or why it is not. */
export type ParsedBody =
  | { kind: 'json'; json: unknown }
  | { kind: 'too-large' }
  | { kind: 'invalid'; error: unknown };

/**
 * Parses the body with the service's `parse` (which may return a promise); a blank body is `undefined`,
 * not a parse error. An `ApiError` from `parse` is passed on.
 */
export async function parseBody(received: ReceivedResponse, parse: (text: string) => unknown): Promise<ParsedBody> {
  // A body cut at the size cap cannot be whole JSON: not worth parsing.
  if (!received.complete) return { kind: 'too-large' };
  if (!received.text.trim()) return { kind: 'json', json: undefined };
  try {
    return { kind: 'json', json: await parse(received.text) };
  } catch (error) {
    if (error instanceof ApiError) throw error;
    return { kind: 'invalid', error };
  }
}
