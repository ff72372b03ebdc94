import { LosslessNumber, parse } from 'lossless-json';
import type { ExactNumber } from './exactJson';

// Its own module, exported by no entry: the client loads it on demand, and Turbopack puts a module that
// an entry exports in the first load of any page that loads it on demand.

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
