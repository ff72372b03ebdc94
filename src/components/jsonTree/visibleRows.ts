import { type FlatJson, flattenChildren, NO_CHILDREN } from './flattenJson';
import { MATCHES_ITSELF } from './searchJson';

/** The rows a tree shows: node numbers in document order, with their ARIA set positions. */
export interface VisibleRows {
  /** Node shown in each row. */
  rows: readonly number[];
  /** aria-posinset of each node shown, by node. */
  posInSet: Int32Array;
  /** Number of children shown, by node: the aria-setsize of those children. */
  setSize: Int32Array;
}

/** Whether a container is open, by node. */
export type IsOpen = (node: number) => boolean;

/**
 * Walks the open containers in document order with an explicit stack, flattening each one the first
 * time it is opened, and never entering a closed one: the cost is the number of rows shown.
 * `marks` (from searchJson): while searching, a node is shown when it or a node below it matches, or
 * when it is inside an open container whose own key or value matched.
 */
export function visibleRows(flat: FlatJson, isOpen: IsOpen, marks?: Uint8Array | null): VisibleRows {
  const size = flat.parents.length;
  // A primitive or empty root has no rows below it: it is shown itself, as the one row (node 0).
  if (!flattenChildren(flat, 0)) return { rows: [0], posInSet: new Int32Array(size), setSize: new Int32Array(size) };
  const rows = rowsBelow(flat, 0, !marks, isOpen, marks);
  const posInSet = new Int32Array(flat.parents.length);
  const setSize = new Int32Array(flat.parents.length);
  countSetPositions(flat.parents, rows, posInSet, setSize);
  return { rows, posInSet, setSize };
}

/**
 * The rows of an earlier walk with one container's rows walked again (after it was opened or closed),
 * the rest kept: the cost is the rows below that container, plus copying the arrays. `isOpen` and
 * `marks` are the new walk's; they may differ from the earlier one's only at `node`. `node` must not be
 * the root (which is never a row).
 */
export function rewalkBelow(
  flat: FlatJson,
  previous: VisibleRows,
  node: number,
  isOpen: IsOpen,
  marks?: Uint8Array | null,
): VisibleRows {
  const { depths, parents } = flat;
  const row = previous.rows.indexOf(node);
  // Not shown (inside a closed container, or filtered out): none of the rows changes.
  if (row < 0) return previous;
  let end = row + 1;
  while (end < previous.rows.length && (depths[previous.rows[end] as number] as number) > (depths[node] as number))
    end++;
  const opened = isOpen(node) && flattenChildren(flat, node);
  const below = opened ? rowsBelow(flat, node, showsAllBelow(flat, node, marks), isOpen, marks) : [];
  const rows = previous.rows.slice(0, row + 1).concat(below, previous.rows.slice(end));
  // Closed: the rows left keep their set positions, and the arrays are never written, so they are shared.
  if (!below.length && previous.posInSet.length === parents.length)
    return { rows, posInSet: previous.posInSet, setSize: previous.setSize };
  // The arrays may have grown (a container opened for the first time); the nodes above keep their positions.
  const posInSet = new Int32Array(parents.length);
  const setSize = new Int32Array(parents.length);
  posInSet.set(previous.posInSet);
  setSize.set(previous.setSize);
  // Counts left from an earlier opening of these containers start again.
  for (const child of below) setSize[parents[child] as number] = 0;
  countSetPositions(parents, below, posInSet, setSize);
  return { rows, posInSet, setSize };
}

/**
 * The rows below an open container whose children are flattened, in document order. The container being
 * walked is kept in three variables and the ones above it in three parallel stacks of numbers, not one object
 * per container: this walk is most of a keystroke at 100,000 nodes.
 */
function rowsBelow(flat: FlatJson, top: number, showAll: boolean, isOpen: IsOpen, marks?: Uint8Array | null) {
  const { firstChild, childEnd } = flat;
  const rows: number[] = [];
  // The container being walked: its next child, where its children end, and whether all of them show.
  let next = firstChild[top] as number;
  let end = childEnd[top] as number;
  let all = showAll;
  const nextStack: number[] = [];
  const endStack: number[] = [];
  const allStack: boolean[] = [];
  for (;;) {
    if (next === end) {
      if (!nextStack.length) return rows;
      next = nextStack.pop() as number;
      end = endStack.pop() as number;
      all = allStack.pop() as boolean;
      continue;
    }
    const node = next++;
    const mark = marks ? (marks[node] as number) : 0;
    if (!all && !mark) continue;
    rows.push(node);
    // Most rows of a big value are primitives: this test is cheaper than asking whether they are open.
    if (firstChild[node] !== NO_CHILDREN && isOpen(node) && flattenChildren(flat, node)) {
      nextStack.push(next);
      endStack.push(end);
      allStack.push(all);
      next = firstChild[node] as number;
      end = childEnd[node] as number;
      all = all || (mark & MATCHES_ITSELF) !== 0;
    }
  }
}

/** Whether all children of a container show: no search, or it or a container above it matched itself. */
function showsAllBelow(flat: FlatJson, node: number, marks?: Uint8Array | null): boolean {
  if (!marks) return true;
  for (let up = node; up > 0; up = flat.parents[up] as number) if ((marks[up] as number) & MATCHES_ITSELF) return true;
  return false;
}

/** aria-posinset and aria-setsize from the rows shown, counted in document order: O(rows). */
function countSetPositions(parents: readonly number[], rows: readonly number[], posInSet: Int32Array, setSize: Int32Array) {
  for (const node of rows) {
    const parent = parents[node] as number;
    if (parent < 0) continue;
    setSize[parent] = (setSize[parent] as number) + 1;
    posInSet[node] = setSize[parent] as number;
  }
}
