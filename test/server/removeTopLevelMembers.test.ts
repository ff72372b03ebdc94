// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { removeTopLevelMembers } from '../../src/server/removeTopLevelMembers';

const PRIVATE = new Set(['private_metadata']);
const encoder = new TextEncoder();
const decoder = new TextDecoder();

function remove(text: string, names: ReadonlySet<string> = PRIVATE): { text: string; remaining: number } | undefined {
  const result = removeTopLevelMembers(encoder.encode(text), names);
  return result && { text: decoder.decode(result.body), remaining: result.remaining };
}

describe('removeTopLevelMembers', () => {
  it.each([
    ['first', '{"private_metadata":{"a":1},"public_metadata":{"b":2}}', '{"public_metadata":{"b":2}}'],
    ['middle', '{"public_metadata":{"b":2},"private_metadata":{"a":1},"unsafe_metadata":{}}', '{"public_metadata":{"b":2},"unsafe_metadata":{}}'],
    ['last', '{"public_metadata":{"b":2},"private_metadata":{"a":1}}', '{"public_metadata":{"b":2}}'],
    ['the only one', '{"private_metadata":{"a":1}}', '{}'],
  ])('removes the %s member and keeps the JSON valid', (_position, body, expected) => {
    expect(remove(body)?.text).toBe(expected);
  });

  it('keeps every byte it does not remove: big numbers, escapes, key order and whitespace', () => {
    const body =
      '{\n  "public_metadata": {"id": 9007199254740993, "z": 1, "a": 1.10, "s": "\\u00e9\\"}"},\n' +
      '  "private_metadata": {"secret": "x"},\n  "unsafe_metadata": {"n": -0.0e+00}\n}';
    const result = remove(body);
    expect(result?.text).toBe(
      '{\n  "public_metadata": {"id": 9007199254740993, "z": 1, "a": 1.10, "s": "\\u00e9\\"}"},\n' +
        '  "unsafe_metadata": {"n": -0.0e+00}\n}',
    );
    expect(result?.remaining).toBe(2);
  });

  it('returns the same bytes, not a copy, when nothing is removed', () => {
    const bytes = encoder.encode('{"public_metadata":{"a":1}}');
    expect(removeTopLevelMembers(bytes, PRIVATE)?.body).toBe(bytes);
  });

  it('removes a name written with escapes, and every copy of a repeated name', () => {
    const body = '{"private\\u005fmetadata":{"a":"x"},"public_metadata":{},"private_metadata":{"b":"y"}}';
    expect(remove(body)?.text).toBe('{"public_metadata":{}}');
  });

  it('leaves nested members of the same name alone: only the outermost object is filtered', () => {
    const body = '{"public_metadata":{"private_metadata":"kept"},"private_metadata":{"a":1}}';
    expect(remove(body)?.text).toBe('{"public_metadata":{"private_metadata":"kept"}}');
  });

  it('skips values with brackets and quotes inside strings, and deep nesting', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const body = `{"private_metadata":{"t":"}]\\\\\\"{["},"x":${deep},"public_metadata":{"u":"}"}}`;
    expect(remove(body)?.text).toBe(`{"x":${deep},"public_metadata":{"u":"}"}}`);
  });

  it('keeps bytes that are not valid UTF-8 exactly as they were', () => {
    const prefix = encoder.encode('{"public_metadata":{"s":"');
    const suffix = encoder.encode('"},"private_metadata":{"a":1}}');
    const body = new Uint8Array([...prefix, 0xff, 0xfe, ...suffix]);
    const result = removeTopLevelMembers(body, PRIVATE);
    expect([...(result?.body ?? [])]).toEqual([...prefix, 0xff, 0xfe, ...encoder.encode('"}}')]);
  });

  it('handles a leading byte order mark', () => {
    const body = new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode(' {"private_metadata":{},"b":1}')]);
    const result = removeTopLevelMembers(body, PRIVATE);
    expect([...(result?.body ?? [])]).toEqual([0xef, 0xbb, 0xbf, ...encoder.encode(' {"b":1}')]);
  });

  it.each(['', 'null', '[]', '[{"private_metadata":1}]', '"private_metadata"', '{"a":', '<html>', '{"a":1}x'])(
    'refuses a body that is not a JSON object: %j',
    (body) => {
      expect(remove(body)).toBeUndefined();
    },
  );

  it('keeps exactly the bytes of the other members and the formatting around them, for any object', () => {
    const names = ['public_metadata', 'private_metadata', 'unsafe_metadata', 'other'];
    const member = fc.tuple(fc.oneof(fc.constantFrom(...names), fc.string()), fc.jsonValue());
    const gap = fc.constantFrom('', ' ', '\n  ', '\t');
    /** The same object text a server would write, from the given members. */
    const write = (entries: [string, unknown][], space: string) =>
      `${space}{${space}${entries
        .map(([name, value]) => `${JSON.stringify(name)}${space}:${space}${JSON.stringify(value, null, space)}`)
        .join(`${space},${space}`)}${space}}${space}`;
    fc.assert(
      fc.property(fc.array(member, { maxLength: 6 }), gap, fc.subarray(names), (entries, space, removed) => {
        const kept = entries.filter(([name]) => !removed.includes(name));
        const result = remove(write(entries, space), new Set(removed));
        expect(result?.text).toBe(write(kept, space));
        expect(result?.remaining).toBe(kept.length);
      }),
      { numRuns: 1000 },
    );
  });
});
