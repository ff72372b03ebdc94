import type { LosslessNumber } from 'lossless-json';
import type { JsonObject } from './json';

/**
 * A JSON number kept as its exact text (`value`), for numbers a JavaScript `number` would change:
 * integers beyond 2^53, long decimals, `1.0`, `-0`, `1e400`. `String(exact)` is that text;
 * `Number(exact)` is the nearest `number` (and throws when even that would overflow or lose an integer).
 * It is lossless-json's `LosslessNumber`.
 */
export type ExactNumber = LosslessNumber;

// The registered symbol lossless-json marks its numbers with (its own isLosslessNumber reads it too).
// Read here directly: importing isLosslessNumber keeps the LosslessNumber class and its number
// utilities in every bundle that only needs this check, such as the read-only inspector (1.6 kB).
const LOSSLESS_NUMBER_MARKER = Symbol.for('lossless-json.LosslessNumber');

/** True for an `ExactNumber`, also one made by another copy of lossless-json. */
export function isExactNumber(value: unknown): value is ExactNumber {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[LOSSLESS_NUMBER_MARKER] === true;
}

/** True for a JSON object: not an array, not `null`, not an `ExactNumber`. */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isExactNumber(value);
}
