import { findNode } from './expansion';
import type { FlatJson } from './flattenJson';
import { MATCHES_BELOW, MATCHES_ITSELF } from './searchJson';

/**
 * Marks, as a search marks its matches (see searchJson), the nodes at `paths` and each of their
 * ancestors, for a tree that shows only those (the editor's "only changes"). Each path is followed from
 * the root, flattening only the containers on it: the cost is the paths' depth, not the value's size.
 * A path the value does not have is left out. Nodes flattened later read as unmarked (past the end).
 */
export function pathMarks(flat: FlatJson, paths: readonly (readonly (string | number)[])[]): Uint8Array {
  const nodes: number[] = [];
  for (const keys of paths) {
    const node = findNode(flat, keys);
    if (node !== undefined && node > 0) nodes.push(node);
  }
  // Sized after every path is followed: following one may have flattened new nodes.
  const marks = new Uint8Array(flat.values.length);
  for (const node of nodes) {
    marks[node] = (marks[node] as number) | MATCHES_ITSELF;
    let up = flat.parents[node] as number;
    while (up >= 0 && !((marks[up] as number) & MATCHES_BELOW)) {
      marks[up] = (marks[up] as number) | MATCHES_BELOW;
      up = flat.parents[up] as number;
    }
  }
  return marks;
}
