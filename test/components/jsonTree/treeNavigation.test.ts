import { describe, expect, it } from 'vitest';
import { flattenJson } from '../../../src/components/jsonTree/flattenJson';
import {
  isRowOpen,
  parentRow,
  siblingContainerPaths,
  typeAheadRow,
} from '../../../src/components/jsonTree/treeNavigation';
import { visibleRows } from '../../../src/components/jsonTree/visibleRows';

const value = { role: 'admin', tags: ['a', 'b'], profile: { city: 'Berlin' }, Count: 2 };
// Rows with every container open: role, tags, tags[0], tags[1], profile, city, Count.
const flat = flattenJson(value);

describe('tree navigation over the rows shown', () => {
  it('tells open rows by their first child right below them', () => {
    const tagsOnly = flattenJson(value);
    const { rows } = visibleRows(tagsOnly, (node) => tagsOnly.keys[node] === 'tags');
    expect(rows.map((node) => tagsOnly.keys[node])).toEqual(['role', 'tags', 0, 1, 'profile', 'Count']);
    expect([0, 1, 4, 5].map((row) => isRowOpen(rows, tagsOnly.parents, row))).toEqual([false, true, false, false]);
    expect(isRowOpen(rows, tagsOnly.parents, rows.length - 1)).toBe(false);
  });

  it('finds the parent row, and stays on a top-level row', () => {
    const { rows } = visibleRows(flat, () => true);
    expect(parentRow(rows, flat.parents, 3)).toBe(1);
    expect(parentRow(rows, flat.parents, 5)).toBe(4);
    expect(parentRow(rows, flat.parents, 4)).toBe(4);
  });

  it('type-ahead finds the next key with that first letter in any case, wrapping, and stays when none has it', () => {
    const { rows } = visibleRows(flat, () => true);
    expect(typeAheadRow(rows, flat.keys, 0, 'c')).toBe(5);
    expect(typeAheadRow(rows, flat.keys, 5, 'C')).toBe(6);
    expect(typeAheadRow(rows, flat.keys, 6, 'r')).toBe(0);
    // Array indexes are keys too.
    expect(typeAheadRow(rows, flat.keys, 0, '1')).toBe(3);
    expect(typeAheadRow(rows, flat.keys, 2, 'z')).toBe(2);
  });

  it('type-ahead with a longer prefix may stay on the current row, and finds the next key starting with all of it', () => {
    const { rows } = visibleRows(flat, () => true);
    // "ro" after "r" landed on role: role still fits.
    expect(typeAheadRow(rows, flat.keys, 0, 'ro')).toBe(0);
    expect(typeAheadRow(rows, flat.keys, 0, 'PR')).toBe(4);
    expect(typeAheadRow(rows, flat.keys, 4, 'cou')).toBe(6);
    expect(typeAheadRow(rows, flat.keys, 6, 'cit')).toBe(5);
    expect(typeAheadRow(rows, flat.keys, 5, 'cx')).toBe(5);
  });

  it('type-ahead with one character repeated moves on through the keys with that letter, as single presses do', () => {
    const { rows } = visibleRows(flat, () => true);
    expect(typeAheadRow(rows, flat.keys, 5, 'cc')).toBe(6);
    expect(typeAheadRow(rows, flat.keys, 6, 'ccc')).toBe(5);
  });

  it('lists the containers beside a node, itself included, for "*"', () => {
    visibleRows(flat, () => true);
    const role = flat.keys.indexOf('role');
    expect(siblingContainerPaths(flat, role)).toEqual([['tags'], ['profile']]);
    expect(siblingContainerPaths(flat, flat.keys.indexOf('city'))).toEqual([]);
    // The root has no siblings.
    expect(siblingContainerPaths(flattenJson('just text'), 0)).toEqual([]);
  });
});
