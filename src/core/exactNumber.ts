import { LosslessNumber } from 'lossless-json';
import type { ExactNumber } from './exactJson';

/** An `ExactNumber` for a JSON number's text; throws a `SyntaxError` for text that is not one. */
export function exactNumber(text: string): ExactNumber {
  try {
    return new LosslessNumber(text);
  } catch {
    throw new SyntaxError(`Not a JSON number: ${text.slice(0, 40)}`);
  }
}
