// Fetch strips "HTTP whitespace" from both ends of a header value, so a key read from a secrets file
// with its newline is sent without it: the key as sent is the one to redact.
const SURROUNDING_HTTP_WHITESPACE = /^[\t\n\r ]+|[\t\n\r ]+$/g;
// Visible ASCII: what API keys are made of. A line break would make `Headers.set` throw with the key
// in its message, and a character above U+00FF cannot be sent at all.
const VISIBLE_ASCII = /^[\u0021-\u007e]*$/;

/**
 * The API key as it goes on the wire: surrounding whitespace removed, `undefined` when there is
 * none. Throws a `TypeError` naming `option`, never showing the key (it must not reach a log), for a
 * key that cannot be an HTTP header value: a broken key fails at creation, not on every request.
 */
export function normalizeApiKey(value: unknown, option: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  const key = typeof value === 'string' ? value.replace(SURROUNDING_HTTP_WHITESPACE, '') : undefined;
  if (key === undefined || !VISIBLE_ASCII.test(key)) {
    throw new TypeError(`${option} must be a string of visible ASCII characters: it is sent in an HTTP header.`);
  }
  return key || undefined;
}
