import { parseLosslessly } from './parseLosslessly';
import { parsePlainJson } from './parsePlainJson';

/**
 * `JSON.parse` that keeps every number's text: numbers that survive a round trip through `number` are
 * numbers, the others `ExactNumber`s. A duplicate key keeps its last value, as in `JSON.parse`, and a
 * `__proto__` key is an ordinary own property. Throws a `SyntaxError` for invalid JSON.
 */
export function parseExactJson(text: string): unknown {
  const { json, exact } = parsePlainJson(text);
  return exact ? json : parseLosslessly(text, json);
}
