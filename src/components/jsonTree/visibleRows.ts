import { type FlatJson, flattenChildren } from './flattenJson';
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

/** A container being walked: its next child, where its children end, and whether all of them show. */
interface OpenContainer {
  next: number;
  end: number;
  showAll: boolean;
}

/**
 * Walks the open containers in document order with an explicit stack, flattening each one the first
 * time it is opened, and never entering a closed one: the cost is the number of rows shown.
 * `marks` (from searchJson): while searching, a node is shown when it or a node below it matches, or
 * when it is inside an open container whose own key or value matched.
 */
export function visibleRows(flat: FlatJson, isOpen: (node: number) => boolean, marks?: Uint8Array | null): VisibleRows {
  const { values } = flat;
  const rows: number[] = [];
  const stack: OpenContainer[] = [];
  const enter = (node: number, showAll: boolean) => {
    const hasChildren = flattenChildren(flat, node);
    if (hasChildren) stack.push({ next: flat.firstChild[node] as number, end: flat.childEnd[node] as number, showAll });
    return hasChildren;
  };
  // A primitive or empty root has no rows below it: it is shown itself, as the one row (node 0).
  if (!enter(0, !marks)) return { rows: [0], ...setPositions(flat.parents, []) };
  for (let container = stack.at(-1); container; container = stack.at(-1)) {
    if (container.next === container.end) {
      stack.pop();
      continue;
    }
    const node = container.next++;
    const mark = marks ? (marks[node] as number) : 0;
    if (!container.showAll && !mark) continue;
    rows.push(node);
    // Strings, numbers, booleans and null have no children: most rows of a big value are those, and
    // this test is cheaper than asking whether they are open (an ExactNumber goes on and is found childless).
    const value = values[node];
    if (typeof value === 'object' && value !== null && isOpen(node))
      enter(node, container.showAll || (mark & MATCHES_ITSELF) !== 0);
  }
  return { rows, ...setPositions(flat.parents, rows) };
}

/** aria-posinset and aria-setsize from the rows shown, counted in document order: O(rows). */
function setPositions(parents: readonly number[], rows: readonly number[]) {
  const posInSet = new Int32Array(parents.length);
  const setSize = new Int32Array(parents.length);
  for (const node of rows) {
    const parent = parents[node] as number;
    if (parent < 0) continue;
    setSize[parent] = (setSize[parent] as number) + 1;
    posInSet[node] = setSize[parent] as number;
  }
  return { posInSet, setSize };
}
