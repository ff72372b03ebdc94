import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flattenChildren, flattenJson } from '../../../src/components/jsonTree/flattenJson';
import { searchJson } from '../../../src/components/jsonTree/searchJson';
import { countMatches, firstMatch, matchingNodes, stepMatch } from '../../../src/components/jsonTree/searchMatches';
import { searchPattern } from '../../../src/components/jsonTree/searchPattern';
import type { JsonValue } from '../../../src/core/json';

const marksFor = (value: Parameters<typeof flattenJson>[0], query: string) => {
  const flat = flattenJson(value);
  const search = searchPattern(query);
  if (!search) throw new Error('empty query');
  return { flat, marks: searchJson(flat, search.pattern, search.canMatchNumbers) };
};

describe('matchingNodes', () => {
  it('lists the nodes that match themselves in document order, not in the order they were flattened', () => {
    const value = { a: { city: 'x' }, b: ['city'], c: { deep: { cityName: 1 } }, city: 2 };
    const flat = flattenJson(value);
    // Open the last container first, so node numbers run against document order.
    flattenChildren(flat, 0);
    flattenChildren(flat, 3);
    const search = searchPattern('city');
    if (!search) throw new Error('empty query');
    const marks = searchJson(flat, search.pattern, search.canMatchNumbers);
    const found = matchingNodes(flat, marks).map((node) => [flat.keys[node], flat.values[node]]);
    expect(found).toEqual([
      ['city', 'x'],
      [0, 'city'],
      ['cityName', 1],
      ['city', 2],
    ]);
  });

  it('counts a container whose key matches, and a primitive root that matches', () => {
    const { flat, marks } = marksFor({ team: { name: 'Vision' }, other: 1 }, 'team');
    expect(matchingNodes(flat, marks).map((node) => flat.keys[node])).toEqual(['team']);
    const root = marksFor('just text', 'text');
    expect(matchingNodes(root.flat, root.marks)).toEqual([0]);
    const none = marksFor({ a: 1 }, 'zzz');
    expect(matchingNodes(none.flat, none.marks)).toEqual([]);
  });
});

describe('countMatches and firstMatch', () => {
  const json: fc.Arbitrary<JsonValue> = fc
    .letrec<{ value: JsonValue }>((tie) => ({
      value: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.oneof(
          fc.constantFrom('a', 'ab', 'b', 'ba'),
          fc.integer({ min: -20, max: 20 }),
          fc.boolean(),
          fc.constant(null),
        ),
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(fc.constantFrom('a', 'b', 'ab', 'x', ''), tie('value'), { maxKeys: 4 }),
      ),
    }))
    .value.map((value) => JSON.parse(JSON.stringify(value)) as JsonValue);

  it('agree with the list of matches in document order, whatever was flattened before the search', () => {
    fc.assert(
      fc.property(json, fc.constantFrom('a', 'b', 'ab', '1', 'null', 'x'), fc.nat(), (value, query, opened) => {
        const flat = flattenJson(value);
        // Some containers flattened first (as opening rows does), so node numbers leave document order.
        if (flattenChildren(flat, 0)) flattenChildren(flat, opened % flat.values.length);
        const search = searchPattern(query);
        if (!search) throw new Error('empty query');
        const marks = searchJson(flat, search.pattern, search.canMatchNumbers);
        const listed = matchingNodes(flat, marks);
        expect(countMatches(marks)).toBe(listed.length);
        expect(firstMatch(flat, marks)).toBe(listed[0] ?? -1);
      }),
      { numRuns: 500 },
    );
  });

  it('finds the first match deep below, before a later one at the top; -1 for none', () => {
    const { flat, marks } = marksFor({ a: { b: 1 }, c: ['x', { city: 2 }], city: 3 }, 'city');
    expect(countMatches(marks)).toBe(2);
    expect(flat.keys[firstMatch(flat, marks)]).toBe('city');
    expect(flat.values[firstMatch(flat, marks)]).toBe(2);
    const none = marksFor({ a: 1 }, 'zzz');
    expect(countMatches(none.marks)).toBe(0);
    expect(firstMatch(none.flat, none.marks)).toBe(-1);
  });
});

describe('stepMatch', () => {
  it('steps forward and back, wrapping at both ends', () => {
    expect(stepMatch(0, 1, 3)).toBe(1);
    expect(stepMatch(2, 1, 3)).toBe(0);
    expect(stepMatch(0, -1, 3)).toBe(2);
    expect(stepMatch(1, -1, 3)).toBe(0);
    expect(stepMatch(0, 1, 0)).toBe(0);
  });
});
