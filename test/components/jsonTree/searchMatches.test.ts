import { describe, expect, it } from 'vitest';
import { flattenChildren, flattenJson } from '../../../src/components/jsonTree/flattenJson';
import { searchJson } from '../../../src/components/jsonTree/searchJson';
import { matchingNodes, stepMatch } from '../../../src/components/jsonTree/searchMatches';
import { searchPattern } from '../../../src/components/jsonTree/searchPattern';

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

describe('stepMatch', () => {
  it('steps forward and back, wrapping at both ends', () => {
    expect(stepMatch(0, 1, 3)).toBe(1);
    expect(stepMatch(2, 1, 3)).toBe(0);
    expect(stepMatch(0, -1, 3)).toBe(2);
    expect(stepMatch(1, -1, 3)).toBe(0);
    expect(stepMatch(0, 1, 0)).toBe(0);
  });
});
