import { describe, expect, it } from 'vitest';
import { flattenJson } from '../../../src/components/jsonTree/flattenJson';
import { isRowOpen, parentRow, typeAheadRow } from '../../../src/components/jsonTree/treeNavigation';
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
});
