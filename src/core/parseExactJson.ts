import { LosslessNumber, parse } from 'lossless-json';
import type { ExactNumber } from './exactJson';
import { parsePlainJson } from './parsePlainJson';

// Ordinary numbers stay `number`, so apps and schemas see what they expect; only a number whose text
// would change through `number` becomes an `ExactNumber`.
const parseNumber = (text: string): number | ExactNumber => {
  const number = Number(text);
  return String(number) === text ? number : new LosslessNumber(text);
};

/**
 * lossless-json's reading of `text`, which `JSON.parse` read as `plain` but with numbers it changed.
 * lossless-json recurses: some thousands of levels (far beyond Hanko's 3,000 characters per category)
 * overflow the stack. Such a document is still shown, with its numbers as `JSON.parse` reads them.
 */
export function parseLosslessly(text: string, plain: unknown): unknown {
  try {
    return parse(text, undefined, { parseNumber, onDuplicateKey: ({ newValue }) => newValue });
  } catch (error) {
    if (error instanceof RangeError) return plain;
    throw error;
  }
}

/**
 * `JSON.parse` that keeps every number's text: numbers that survive a round trip through `number` are
 * numbers, the others `ExactNumber`s. A duplicate key keeps its last value, as in `JSON.parse`, and a
 * `__proto__` key is an ordinary own property. Throws a `SyntaxError` for invalid JSON.
 */
export function parseExactJson(text: string): unknown {
  const { json, exact } = parsePlainJson(text);
  return exact ? json : parseLosslessly(text, json);
}
