import type { LosslessNumber } from 'lossless-json';
import type { JsonObject, JsonValue } from './json';

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

/**
 * Compact JSON with each `ExactNumber` written as its text. `sortKeys` orders object keys by code unit,
 * which makes the canonical form two equal values share. Meant for JSON values (metadata, patches);
 * `undefined` members are left out and `undefined` elsewhere written as `null`, as `JSON.stringify` does.
 */
export function stringifyExactJson(value: unknown, sortKeys = false): string {
  if (isExactNumber(value)) return value.value;
  if (Array.isArray(value)) {
    return `[${value.map((item) => stringifyExactJson(item, sortKeys)).join(',')}]`;
  }
  if (isJsonObject(value)) {
    const keys = Object.keys(value);
    if (sortKeys) keys.sort();
    const members: string[] = [];
    for (const key of keys) {
      const member = value[key];
      if (member !== undefined) members.push(`${JSON.stringify(key)}:${stringifyExactJson(member, sortKeys)}`);
    }
    return `{${members.join(',')}}`;
  }
  // `undefined` (only reached in an array or at the top) is written as null, as JSON.stringify does in arrays.
  return JSON.stringify(value) ?? 'null';
}

/** Deep equality of two JSON values, exact numbers by their text and object keys in any order. */
export function jsonEqual(left: JsonValue | undefined, right: JsonValue | undefined): boolean {
  if (left === right) return true;
  if (isExactNumber(left) || isExactNumber(right)) {
    return isExactNumber(left) && isExactNumber(right) && left.value === right.value;
  }
  if (Array.isArray(left) || Array.isArray(right)) {
    return (
      Array.isArray(left) &&
      Array.isArray(right) &&
      left.length === right.length &&
      left.every((item, index) => jsonEqual(item, right[index]))
    );
  }
  if (!isJsonObject(left) || !isJsonObject(right)) return false;
  const keys = Object.keys(left);
  return (
    keys.length === Object.keys(right).length &&
    keys.every((key) => Object.hasOwn(right, key) && jsonEqual(left[key], right[key]))
  );
}
