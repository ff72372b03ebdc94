import { isExactNumber, isJsonObject } from './exactJson';
import type { JsonValue } from './json';

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
