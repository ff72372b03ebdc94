import { describe, expect, it } from 'vitest';
import { flattenJson } from '../../../src/components/jsonTree/flattenJson';
import { isRowOpen, parentRow, typeAheadRow } from '../../../src/components/jsonTree/treeNavigation';
import { visibleRows } from '../../../src/components/jsonTree/visibleRows';

// Nodes: 0 root, 1 role, 2 tags, 3 tags[0], 4 tags[1], 5 profile, 6 city, 7 Count.
const flat = flattenJson({ role: 'admin', tags: ['a', 'b'], profile: { city: 'Berlin' }, Count: 2 });

describe('tree navigation over the rows shown', () => {
  it('tells open rows by their first child right below them', () => {
    const { rows } = visibleRows(flat, (node) => node === 2);
    expect([...rows]).toEqual([1, 2, 3, 4, 5, 7]);
    expect([0, 1, 4, 5].map((row) => isRowOpen(rows, flat.parents, row))).toEqual([false, true, false, false]);
    expect(isRowOpen(rows, flat.parents, rows.length - 1)).toBe(false);
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
