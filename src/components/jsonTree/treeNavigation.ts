import type { JsonValue } from '../../core/json';
import { childCount, type FlatJson } from './flattenJson';
import { nodeKeys } from './jsonPath';

/** Rows are in document order, so an open container's first child is the row right below it. */
export const isRowOpen = (rows: readonly number[], parents: readonly number[], row: number): boolean =>
  row + 1 < rows.length && parents[rows[row + 1] as number] === rows[row];

/** The row of a row's parent: the nearest row above that shows the parent node; itself at the top level. */
export function parentRow(rows: readonly number[], parents: readonly number[], row: number): number {
  const parent = parents[rows[row] as number] as number;
  if (parent <= 0) return row;
  let above = row;
  while (above > 0 && rows[above] !== parent) above--;
  return above;
}

/**
 * The row a type-ahead prefix leads to, wrapping around; `from` when no key starts with it (any case).
 * A longer prefix may still fit the current row ("ro" after "r" found `role`), so it is tried first;
 * one character, or one character repeated ("rrr"), moves to the next row with that first letter.
 */
export function typeAheadRow(rows: readonly number[], keys: FlatJson['keys'], from: number, prefix: string): number {
  const repeated = [...prefix].every((character) => character === prefix[0]);
  const wanted = (repeated ? prefix.slice(0, 1) : prefix).toLowerCase();
  const first = repeated ? 1 : 0;
  for (let step = first; step < rows.length + first; step++) {
    const row = (from + step) % rows.length;
    if (
      String(keys[rows[row] as number] ?? '')
        .toLowerCase()
        .startsWith(wanted)
    )
      return row;
  }
  return from;
}

/** The paths of the containers with children beside a shown node (itself included): what `*` opens. */
export function siblingContainerPaths(flat: FlatJson, node: number): (string | number)[][] {
  const parent = flat.parents[node] as number;
  if (parent < 0) return [];
  const paths: (string | number)[][] = [];
  // A shown node's parent is open, so its children are flattened.
  for (let sibling = flat.firstChild[parent] as number; sibling < (flat.childEnd[parent] as number); sibling++)
    if (childCount(flat.values[sibling] as JsonValue)) paths.push(nodeKeys(flat, sibling));
  return paths;
}
