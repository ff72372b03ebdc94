/** `JSON.parse`'s reading of a text, and whether it kept every number's text. */
export interface PlainJson {
  json: unknown;
  /** True when no number changed on the way through `number`: `json` is then the exact reading too. */
  exact: boolean;
}

// A JSON string (skipped) or a number token. Run over valid JSON only, where a token can start nowhere else.
const STRING_OR_NUMBER = /"(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*/g;

/** True when every number in the JSON `text` (valid JSON) survives `Number` and back to text unchanged. */
export function hasOnlyPlainNumbers(text: string): boolean {
  for (const [token] of text.matchAll(STRING_OR_NUMBER)) {
    if (token.charCodeAt(0) !== 34 && String(Number(token)) !== token) return false;
  }
  return true;
}

/**
 * The fast path of every exact reading: `JSON.parse`, then a scan of the number tokens. Most metadata
 * has no number `JSON.parse` would change, and needs nothing more. Throws a `SyntaxError` for invalid JSON.
 */
export function parsePlainJson(text: string): PlainJson {
  const json: unknown = JSON.parse(text);
  return { json, exact: hasOnlyPlainNumbers(text) };
}
