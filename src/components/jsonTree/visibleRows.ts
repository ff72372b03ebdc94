import type { FlatJson } from './flattenJson';
import { MATCHES_BELOW, MATCHES_ITSELF } from './searchJson';

/** The rows a tree shows: node numbers in document order, with their ARIA set positions. */
export interface VisibleRows {
  /** Node shown in each row. */
  rows: Int32Array;
  /** aria-posinset of each node shown, by node. */
  posInSet: Int32Array;
  /** Number of children shown, by node: the aria-setsize of those children. */
  setSize: Int32Array;
}

/**
 * Walks the flattened value, skipping closed containers (and, while searching, subtrees without a
 * match) in one step each, so the cost is the number of rows shown.
 * `marks` (from searchJson): while searching, a node is shown when it or a node below it matches, or
 * when it is inside an open container whose own key or value matched.
 */
export function visibleRows(flat: FlatJson, isOpen: (node: number) => boolean, marks?: Uint8Array | null): VisibleRows {
  const { parents, ends } = flat;
  const end = flat.values.length;
  const rows = new Int32Array(Math.max(1, end - 1));
  const posInSet = new Int32Array(end);
  const setSize = new Int32Array(end);
  let shown = 0;
  // Nodes before this one are shown whatever they hold: all of them when not searching.
  let showAllBefore = marks ? 0 : end;
  for (let node = 1; node < end; ) {
    const mark = marks ? (marks[node] as number) : 0;
    const nodeEnd = ends[node] as number;
    if (node >= showAllBefore && !(mark & (MATCHES_ITSELF | MATCHES_BELOW))) {
      node = nodeEnd;
      continue;
    }
    rows[shown++] = node;
    const parent = parents[node] as number;
    setSize[parent] = (setSize[parent] as number) + 1;
    posInSet[node] = setSize[parent] as number;
    if (nodeEnd > node + 1 && isOpen(node)) {
      if (mark & MATCHES_ITSELF && node >= showAllBefore) showAllBefore = nodeEnd;
      node++;
    } else node = nodeEnd;
  }
  // A primitive or empty root has no rows below it: it is shown itself, as the one row (node 0).
  return { rows: end > 1 ? rows.subarray(0, shown) : rows, posInSet, setSize };
}
