import { describe, expect, it } from 'vitest';
import { applyMetadataPatch } from '../../src/core/applyMetadataPatch';
import { createMetadataPatch } from '../../src/core/createMetadataPatch';
import { isExactNumber, isJsonObject } from '../../src/core/exactJson';
import { jsonEqual } from '../../src/core/jsonEqual';
import { stringifyExactJson } from '../../src/core/stringifyExactJson';
import { exactNumber } from '../../src/core/exactNumber';
import { parseExactJson } from '../../src/core/parseExactJson';
import type { JsonObject } from '../../src/core/json';

const EXACT = ['9223372036854775807', '9007199254740993', '1e400', '1.0', '-0', '0.1000000000000000055511151231257827'];

describe('parseExactJson', () => {
  it.each(EXACT)('keeps %s as an ExactNumber with its text, and writes it back byte for byte', (text) => {
    const json = `{"n":${text},"list":[${text},null]}`;
    const parsed = parseExactJson(json) as JsonObject;
    expect(isExactNumber(parsed.n)).toBe(true);
    expect(String(parsed.n)).toBe(text);
    expect(stringifyExactJson(parsed)).toBe(json);
  });

  it('keeps numbers that survive a round trip as plain numbers', () => {
    expect(parseExactJson('[1,-2,0,3.14,9007199254740991,1e+21,-0.5]')).toEqual([
      1, -2, 0, 3.14, 9007199254740991, 1e21, -0.5,
    ]);
  });

  it('keeps any other spelling of a number exact, since Hanko keeps the text it was given', () => {
    for (const text of ['1e21', '1E+21', '100e-2', '0.50']) {
      expect(String(parseExactJson(text))).toBe(text);
    }
  });

  it('reads everything else as JSON.parse does, __proto__ as an own key and the last of duplicate keys', () => {
    const text = '{"__proto__":{"admin":true},"a":"x\\u00e9\\n","a":[true,false,null,{}],"🚀":{"k.l":""}}';
    const parsed = parseExactJson(text) as JsonObject;
    expect(parsed).toEqual(JSON.parse(text));
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(Object.keys(parsed)).toEqual(['__proto__', 'a', '🚀']);
    expect(({} as { admin?: boolean }).admin).toBeUndefined();
  });

  it.each(['', '{', '{"a":1,}', '[01]', 'NaN', '{"a":1} x', "{'a':1}"])('throws a SyntaxError for %j', (text) => {
    expect(() => parseExactJson(text)).toThrow(SyntaxError);
  });
});

describe('stringifyExactJson', () => {
  it('writes compact JSON like JSON.stringify when there is no exact number', () => {
    const value = { b: [1, 'two', null, { c: true }], a: { '': 0.5 }, d: 'quote " and \u2028' };
    expect(stringifyExactJson(value)).toBe(JSON.stringify(value));
  });

  it('sorts keys at every depth when asked, for a canonical form', () => {
    expect(stringifyExactJson({ b: 1, a: { d: 2, c: [{ f: 1, e: 2 }] } }, true)).toBe(
      '{"a":{"c":[{"e":2,"f":1}],"d":2},"b":1}',
    );
  });

  it('leaves undefined members out and writes undefined in an array as null, as JSON.stringify does', () => {
    const value = { a: undefined, b: [undefined, 1], c: { d: undefined } };
    expect(stringifyExactJson(value)).toBe(JSON.stringify(value));
    expect(stringifyExactJson(value)).toBe('{"b":[null,1],"c":{}}');
  });

  it('writes a value nested 20,000 levels deep, where JSON.stringify runs out of stack', () => {
    let value: unknown = { n: exactNumber('1.0') };
    for (let level = 0; level < 20_000; level++) value = level % 2 ? [value] : { v: value };
    expect(() => JSON.stringify(value)).toThrow(RangeError);
    expect(stringifyExactJson(value)).toBe(`${'[{"v":'.repeat(10_000)}{"n":1.0}${'}]'.repeat(10_000)}`);
  });

  it('throws a TypeError on a value that contains itself, as JSON.stringify does, instead of running out of memory', () => {
    const object: Record<string, unknown> = { a: 1 };
    object.inner = { list: [object] };
    expect(() => JSON.stringify(object)).toThrow(TypeError);
    expect(() => stringifyExactJson(object)).toThrow(TypeError);
    expect(() => stringifyExactJson(object, true)).toThrow(/circular/);
    const array: unknown[] = [1];
    array.push({ back: array });
    expect(() => stringifyExactJson(array)).toThrow(TypeError);
    // A cycle far below the top, past where JSON.stringify would already have run out of stack.
    let deep: unknown = array;
    for (let level = 0; level < 20_000; level++) deep = { v: deep };
    expect(() => stringifyExactJson(deep)).toThrow(TypeError);
  });

  it('writes a shared member each time it appears when it does not contain itself', () => {
    const shared = { n: exactNumber('1.0'), list: [1, 2] };
    const value = { first: shared, second: [shared, { again: shared }] };
    const sharedText = '{"n":1.0,"list":[1,2]}';
    expect(stringifyExactJson(value)).toBe(`{"first":${sharedText},"second":[${sharedText},{"again":${sharedText}}]}`);
    expect(stringifyExactJson([shared.list, shared.list])).toBe('[[1,2],[1,2]]');
  });
});

describe('exact numbers in a patch', () => {
  it.each(EXACT)('%s survives a patch, its JSON text and Hanko applying it', (text) => {
    const base = { public_metadata: { quota: 10, role: 'admin' } };
    const draft = { public_metadata: { quota: exactNumber(text), role: 'admin' } };
    const patch = createMetadataPatch(base, draft);
    const body = stringifyExactJson(patch);
    expect(body).toBe(`{"public_metadata":{"quota":${text}}}`);
    const stored = applyMetadataPatch(base, parseExactJson(body) as typeof patch);
    expect(stringifyExactJson(stored)).toBe(`{"public_metadata":{"quota":${text},"role":"admin"}}`);
  });

  it('a number and an exact number with other text are different values, so the change is sent', () => {
    expect(jsonEqual(1, exactNumber('1.0'))).toBe(false);
    expect(jsonEqual(exactNumber('1.0'), exactNumber('1.0'))).toBe(true);
    expect(createMetadataPatch({ public_metadata: { n: 1 } }, { public_metadata: { n: exactNumber('1.0') } })).toEqual({
      public_metadata: { n: exactNumber('1.0') },
    });
  });

  it('exactNumber refuses text that is not a JSON number', () => {
    expect(() => exactNumber('1.')).toThrow(SyntaxError);
    expect(() => exactNumber('0x10')).toThrow(SyntaxError);
  });

  it('an exact number is not a JSON object', () => {
    expect(isJsonObject(exactNumber('1.0'))).toBe(false);
    expect(isJsonObject({})).toBe(true);
    expect(isJsonObject([])).toBe(false);
  });
});
