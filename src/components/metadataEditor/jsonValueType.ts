import { isExactNumber, stringifyExactJson } from '../../core/exactJson';
import { parseExactJson } from '../../core/parseExactJson';
import type { JsonObject, JsonValue } from '../../core/json';
import { setMember } from '../../core/setMember';

/** JSON's six types, as the editor offers them. */
export type JsonValueType = 'string' | 'number' | 'boolean' | 'null' | 'object' | 'array';

export const JSON_VALUE_TYPES: readonly JsonValueType[] = ['string', 'number', 'boolean', 'null', 'object', 'array'];

/** The JSON type of a value (an `ExactNumber` is a number). */
export function jsonValueType(value: JsonValue): JsonValueType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (isExactNumber(value)) return 'number';
  return typeof value === 'object' ? 'object' : (typeof value as 'string' | 'number' | 'boolean');
}

/** What an input's text means for a primitive type, or why it means nothing. */
export type ValueInputResult = { ok: true; value: JsonValue } | { ok: false; problem: 'not-a-number' | 'not-a-boolean' };

/**
 * The value typed into an editor input. A number keeps the text it was typed with when a `number`
 * would change it (`9007199254740993`, `1.0`), as Hanko does; the text must be a JSON number.
 */
export function parseValueInput(type: 'string' | 'number' | 'boolean' | 'null', text: string): ValueInputResult {
  switch (type) {
    case 'string':
      return { ok: true, value: text };
    case 'null':
      return { ok: true, value: null };
    case 'boolean':
      return text === 'true' || text === 'false' ? { ok: true, value: text === 'true' } : { ok: false, problem: 'not-a-boolean' };
    case 'number': {
      const number = parseNumberText(text.trim());
      return number === undefined ? { ok: false, problem: 'not-a-number' } : { ok: true, value: number };
    }
  }
}

/** A JSON number's text as a `number` or, when `number` would change it, an `ExactNumber`. */
function parseNumberText(text: string): JsonValue | undefined {
  // The first character rules out every other JSON value (a string, array or literal) before parsing.
  if (!/^-?\d/.test(text)) return undefined;
  try {
    return parseExactJson(text) as JsonValue;
  } catch {
    return undefined;
  }
}

/**
 * `value` turned into `type`, keeping what can be kept: a number's text as a string and back, an
 * array's items as an object's `"0"`, `"1"`… members and an object's values as an array, `"true"` as
 * `true`. What cannot be kept starts empty (`""`, `0`, `false`, `{}`, `[]`).
 */
export function convertValue(value: JsonValue, type: JsonValueType): JsonValue {
  if (jsonValueType(value) === type) return value;
  switch (type) {
    case 'string':
      return typeof value === 'string' ? value : value === null ? '' : stringifyExactJson(value);
    case 'number': {
      const number = typeof value === 'string' ? parseNumberText(value.trim()) : undefined;
      return number ?? (value === true ? 1 : 0);
    }
    case 'boolean':
      return value === 'true' || (typeof value === 'number' && value !== 0);
    case 'null':
      return null;
    case 'object': {
      const object: JsonObject = {};
      if (Array.isArray(value)) value.forEach((item, index) => setMember(object, String(index), item));
      return object;
    }
    case 'array':
      return value !== null && typeof value === 'object' && !isExactNumber(value) ? Object.values(value) : [];
  }
}
