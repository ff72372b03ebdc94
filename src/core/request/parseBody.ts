import type { ReceivedResponse } from './ReceivedResponse';

/** A body as JSON (`undefined` when empty), or why it is not. */
export type ParsedBody =
  | { kind: 'json'; json: unknown }
  | { kind: 'too-large' }
  | { kind: 'invalid'; error: unknown };

/** Parses the body with the service's `parse`; a blank body is `undefined`, not a parse error. */
export function parseBody(received: ReceivedResponse, parse: (text: string) => unknown): ParsedBody {
  // A body cut at the size cap cannot be whole JSON: not worth parsing.
  if (!received.complete) return { kind: 'too-large' };
  if (!received.text.trim()) return { kind: 'json', json: undefined };
  try {
    return { kind: 'json', json: parse(received.text) };
  } catch (error) {
    return { kind: 'invalid', error };
  }
}
