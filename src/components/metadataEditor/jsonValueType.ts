import { isExactNumber } from '../../core/exactJson';
import type { JsonObject, JsonValue } from '../../core/json';
import { setMember } from '../../core/setMember';
import { NEEDS_PARSER, readJsonText } from './losslessParser';

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

/**
 * What an input's text means for a primitive type, or why it means nothing (yet: `NEEDS_PARSER` is a
 * number only the lossless parser keeps exact, readable once `loadLosslessParser` has loaded it).
 */
export type ValueInputResult =
  | { ok: true; value: JsonValue }
  | { ok: false; problem: 'not-a-number' | 'not-a-boolean' | typeof NEEDS_PARSER };

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
      if (number === NEEDS_PARSER) return { ok: false, problem: number };
      return number === undefined ? { ok: false, problem: 'not-a-number' } : { ok: true, value: number };
    }
  }
}

/**
 * A JSON number's text as a `number` or, when `number` would change it, an `ExactNumber` (or
 * `NEEDS_PARSER` while the lossless parser is not loaded).
 */
function parseNumberText(text: string): JsonValue | typeof NEEDS_PARSER | undefined {
  // The first character rules out every other JSON value (a string, array or literal) before parsing.
  if (!/^-?\d/.test(text)) return undefined;
  const reading = readJsonText(text);
  if (reading.ok) return reading.value;
  return reading.reason === 'needs-parser' ? NEEDS_PARSER : undefined;
}

/**
 * `value` as an object or an array (a row whose type is changed to one), keeping its members: an
 * array's items as an object's `"0"`, `"1"`… members, an object's values as an array. A primitive
 * starts empty (`{}`, `[]`). (A row changed to a primitive type reads its value from its input.)
 */
export function toContainer(value: JsonValue, type: 'object' | 'array'): JsonValue {
  if (jsonValueType(value) === type) return value;
  if (type === 'array') return value !== null && typeof value === 'object' && !isExactNumber(value) ? Object.values(value) : [];
  const object: JsonObject = {};
  if (Array.isArray(value)) value.forEach((item, index) => setMember(object, String(index), item));
  return object;
}
