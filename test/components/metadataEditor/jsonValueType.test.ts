import { beforeAll, describe, expect, it } from 'vitest';
import { isExactNumber } from '../../../src/core/exactJson';
import { exactNumber } from '../../../src/core/exactNumber';
import { jsonValueType, parseValueInput, toContainer } from '../../../src/components/metadataEditor/jsonValueType';
import { loadLosslessParser } from '../../../src/components/metadataEditor/losslessParser';

// Before it loads, such numbers are NEEDS_PARSER (losslessParser.test.ts); here, what they read as after.
beforeAll(() => loadLosslessParser());

describe('parseValueInput', () => {
  it('keeps the text of a number a JavaScript number would change', () => {
    for (const text of ['9007199254740993', '1.0', '-0', '1e400', '0.10000000000000000001']) {
      const result = parseValueInput('number', text);
      expect(result.ok && isExactNumber(result.value) && result.value.value).toBe(text);
    }
  });
  it('gives an ordinary number as a number, ignoring surrounding spaces', () => {
    expect(parseValueInput('number', ' 42 ')).toEqual({ ok: true, value: 42 });
    expect(parseValueInput('number', '-1500')).toEqual({ ok: true, value: -1500 });
    // Written another way than JavaScript writes it: the text is what Hanko will store.
    const exponent = parseValueInput('number', '-1.5e3');
    expect(exponent.ok && String(exponent.value)).toBe('-1.5e3');
  });
  it('refuses text that is not a JSON number', () => {
    for (const text of ['', 'NaN', 'Infinity', '0x10', '05', '1.', '.5', '1,2', '"1"', '[1]', 'true']) {
      expect(parseValueInput('number', text)).toEqual({ ok: false, problem: 'not-a-number' });
    }
  });
  it('reads booleans, null and strings', () => {
    expect(parseValueInput('boolean', 'false')).toEqual({ ok: true, value: false });
    expect(parseValueInput('boolean', 'yes')).toEqual({ ok: false, problem: 'not-a-boolean' });
    expect(parseValueInput('null', 'anything')).toEqual({ ok: true, value: null });
    expect(parseValueInput('string', ' 1 ')).toEqual({ ok: true, value: ' 1 ' });
  });
});

describe('jsonValueType and toContainer', () => {
  it('names JSON types, an ExactNumber as a number', () => {
    expect([null, [], {}, 'a', 1, true, exactNumber('1.0')].map(jsonValueType)).toEqual([
      'null',
      'array',
      'object',
      'string',
      'number',
      'boolean',
      'number',
    ]);
  });
  it('keeps members between arrays and objects', () => {
    expect(toContainer(['a', 'b'], 'object')).toEqual({ 0: 'a', 1: 'b' });
    expect(toContainer({ x: 1, y: 2 }, 'array')).toEqual([1, 2]);
  });
  it('starts a primitive empty, an exact number too', () => {
    expect(toContainer(3, 'array')).toEqual([]);
    expect(toContainer('hello', 'object')).toEqual({});
    expect(toContainer(null, 'array')).toEqual([]);
    expect(toContainer(exactNumber('1.0'), 'array')).toEqual([]);
  });
  it('returns the value itself when the type does not change', () => {
    const value = { a: 1 };
    expect(toContainer(value, 'object')).toBe(value);
  });
});
