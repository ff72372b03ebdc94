import { isExactNumber, isJsonObject } from './exactJson';

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
