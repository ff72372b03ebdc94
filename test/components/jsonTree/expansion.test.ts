import { describe, expect, it } from 'vitest';
import { isOpenIn, OPEN_MATCHES, resolveToggles } from '../../../src/components/jsonTree/expansion';
import { flattenJson, NOT_FLATTENED } from '../../../src/components/jsonTree/flattenJson';
import { nodeKeys } from '../../../src/components/jsonTree/jsonPath';
import { MATCHES_BELOW, MATCHES_ITSELF } from '../../../src/components/jsonTree/searchJson';

// Node depths of { a: { b: { c: 1 } }, d: 2 }: root, a, b, c, d.
const depths = [0, 1, 2, 3, 1];
const none = new Map<number, boolean>();

describe('isOpenIn', () => {
  it('while browsing, opens containers down to the base depth unless the user toggled them', () => {
    expect([1, 2].map(isOpenIn(1, none, depths, null))).toEqual([true, false]);
    const toggled = new Map([
      [1, false],
      [2, true],
    ]);
    expect([1, 2].map(isOpenIn(1, toggled, depths, null))).toEqual([false, true]);
    expect([1, 2, 3].map(isOpenIn(Number.POSITIVE_INFINITY, none, depths, null))).toEqual([true, true, true]);
    expect([1, 2].map(isOpenIn(0, none, depths, null))).toEqual([false, false]);
  });

  it('while searching, opens what holds a match, or everything, or nothing, toggles first', () => {
    const marks = new Uint8Array([MATCHES_BELOW, MATCHES_BELOW, MATCHES_ITSELF, 0, 0]);
    expect([1, 2].map(isOpenIn(OPEN_MATCHES, none, depths, marks))).toEqual([true, false]);
    expect([1, 2].map(isOpenIn(Number.POSITIVE_INFINITY, none, depths, marks))).toEqual([true, true]);
    expect([1, 2].map(isOpenIn(0, none, depths, marks))).toEqual([false, false]);
    expect([1, 2].map(isOpenIn(OPEN_MATCHES, new Map([[2, true]]), depths, marks))).toEqual([true, true]);
  });
});

describe('resolveToggles', () => {
  const value = { a: { b: { c: 1 } }, list: [[1], [2]], 'a.b': { x: 1 } };

  it('finds each toggled path in a value flattened only as far as the paths go', () => {
    const flat = flattenJson(value);
    const toggled = new Map([
      ['a.b', { keys: ['a', 'b'], open: true }],
      ['list[1]', { keys: ['list', 1], open: false }],
      ['["a.b"]', { keys: ['a.b'], open: false }],
    ]);
    const byNode = resolveToggles(flat, toggled);
    expect([...byNode].map(([node, open]) => [nodeKeys(flat, node), open])).toEqual([
      [['a', 'b'], true],
      [['list', 1], false],
      [['a.b'], false],
    ]);
    // The containers off those paths stay unflattened.
    const ab = flat.keys.indexOf('a.b');
    expect(flat.firstChild[ab]).toBe(NOT_FLATTENED);
  });

  it('leaves out a path the value no longer has, and keys that only look alike', () => {
    const flat = flattenJson(value);
    const toggled = new Map([
      ['gone', { keys: ['gone'], open: true }],
      ['list["0"]', { keys: ['list', '0'], open: true }],
      ['a.b.c.d', { keys: ['a', 'b', 'c', 'd'], open: true }],
    ]);
    expect(resolveToggles(flat, toggled).size).toBe(0);
  });

  it('resolves the same paths to the same nodes of equal data as new objects', () => {
    const toggled = new Map([['list[0]', { keys: ['list', 0], open: true }]]);
    const first = flattenJson(value);
    const second = flattenJson(JSON.parse(JSON.stringify(value)));
    const [nodeA] = resolveToggles(first, toggled).keys();
    const [nodeB] = resolveToggles(second, toggled).keys();
    expect(first.values[nodeA as number]).toEqual([1]);
    expect(second.values[nodeB as number]).toEqual([1]);
  });
});
