import type { FlatJson } from './flattenJson';

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

/** The next row after `from` whose key starts with `character` (any case), wrapping around; `from` when none does. */
export function typeAheadRow(rows: readonly number[], keys: FlatJson['keys'], from: number, character: string): number {
  const wanted = character.toLowerCase();
  for (let step = 1; step <= rows.length; step++) {
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
