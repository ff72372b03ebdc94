import { describe, expect, it } from 'vitest';
import { expandedTo, isOpenIn, OPEN_MATCHES } from '../../../src/components/jsonTree/expansion';
import { MATCHES_BELOW, MATCHES_ITSELF } from '../../../src/components/jsonTree/searchJson';

// Node depths of { a: { b: { c: 1 } }, d: 2 }: root, a, b, c, d.
const depths = [0, 1, 2, 3, 1];

describe('isOpenIn', () => {
  it('while browsing, opens containers down to the base depth unless the user toggled them', () => {
    const open = isOpenIn(expandedTo(1), depths, null);
    expect([1, 2].map(open)).toEqual([true, false]);
    const toggled = isOpenIn({ depth: 1, toggled: new Map([[1, false], [2, true]]) }, depths, null);
    expect([1, 2].map(toggled)).toEqual([false, true]);
    expect([1, 2, 3].map(isOpenIn(expandedTo(Number.POSITIVE_INFINITY), depths, null))).toEqual([true, true, true]);
    expect([1, 2].map(isOpenIn(expandedTo(0), depths, null))).toEqual([false, false]);
  });

  it('while searching, opens what holds a match, or everything, or nothing, toggles first', () => {
    const marks = new Uint8Array([MATCHES_BELOW, MATCHES_BELOW, MATCHES_ITSELF, 0, 0]);
    expect([1, 2].map(isOpenIn(expandedTo(OPEN_MATCHES), depths, marks))).toEqual([true, false]);
    expect([1, 2].map(isOpenIn(expandedTo(Number.POSITIVE_INFINITY), depths, marks))).toEqual([true, true]);
    expect([1, 2].map(isOpenIn(expandedTo(0), depths, marks))).toEqual([false, false]);
    const toggled = isOpenIn({ depth: OPEN_MATCHES, toggled: new Map([[2, true]]) }, depths, marks);
    expect([1, 2].map(toggled)).toEqual([true, true]);
  });
});
