import type { FlatJson } from './flattenJson';

/** The rows a tree shows: node numbers in document order, with their ARIA set positions. */
export interface VisibleRows {
  /** Node of each row. */
  r: Int32Array;
  /** aria-posinset of each node shown, by node. */
  i: Int32Array;
  /** Number of children shown, by node: the aria-setsize of those children. */
  c: Int32Array;
}

/**
 * Walks the flattened value, skipping closed containers (and, while searching, subtrees without a
 * match) in one step each, so the cost is the number of rows shown.
 * `marks` (from searchJson): bit 1 = the node itself matches, bit 2 = a node below it matches. While
 * searching, a node is shown when it is marked, or when it is inside a container whose key matched.
 */
export function visibleRows(flat: FlatJson, isOpen: (node: number) => boolean, marks?: Uint8Array | null): VisibleRows {
  const { p, e } = flat;
  const end = flat.v.length;
  const rows = new Int32Array(Math.max(1, end - 1));
  const pos = new Int32Array(end);
  const count = new Int32Array(end);
  let shown = 0;
  // Nodes before `all` are shown whatever they hold: everything when not searching.
  let all = marks ? 0 : end;
  for (let x = 1; x < end; ) {
    const mark = marks ? (marks[x] as number) : 0;
    if (x >= all && !mark) {
      x = e[x] as number;
      continue;
    }
    rows[shown++] = x;
    pos[x] = ++(count[p[x] as number] as number);
    if ((e[x] as number) > x + 1 && isOpen(x)) {
      if (mark & 1 && x >= all) all = e[x] as number;
      x++;
    } else x = e[x] as number;
  }
  // A primitive or empty root has no rows below it: it is shown itself, as the one row (node 0).
  return { r: end > 1 ? rows.subarray(0, shown) : rows, i: pos, c: count };
}
