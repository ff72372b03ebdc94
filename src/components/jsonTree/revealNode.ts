import { findNode } from './expansion';
import type { FlatJson } from './flattenJson';
import { ancestorPaths } from './jsonPath';
import type { JsonTreeAction } from './jsonTreeState';

/**
 * The action that brings the node at `keys` into the tree's rows with the tab stop on it: every
 * container above it opened (closed ones by the user included), the node followed to wherever its row
 * lands. `undefined` when the value has no such node, or for the root, which is never a row.
 */
export function revealNode(flat: FlatJson, keys: readonly (string | number)[]): JsonTreeAction | undefined {
  const node = keys.length ? findNode(flat, keys) : undefined;
  if (node === undefined) return undefined;
  return { type: 'reveal', node, ancestors: ancestorPaths(keys) };
}
