import { type FlatJson, flattenChildren } from './flattenJson';
import { MATCHES_BELOW } from './searchJson';

/** A container the user opened or closed, by its keys from the root (node numbers change with the value). */
export interface ToggledNode {
  keys: readonly (string | number)[];
  open: boolean;
}

/**
 * How containers are opened: a base depth (0, n or Infinity) and the user's own toggles, by path
 * (`jsonPath` of the keys), so they survive a refetch that brings equal data as new objects.
 */
export interface Expansion {
  /** Containers down to this depth are open, unless toggled. */
  depth: number;
  /** The user's own opens and closes, by path. */
  toggled: ReadonlyMap<string, ToggledNode>;
}

/** While searching, this base depth opens exactly the containers that hold a match. */
export const OPEN_MATCHES = 1;

export const expandedTo = (depth: number): Expansion => ({ depth, toggled: new Map() });

/**
 * The toggles as node numbers of this flattened value: each path is followed from the root (flattening
 * the containers on it); a path the value no longer has is left out. Costs the toggles' depth, not the value's size.
 */
export function resolveToggles(flat: FlatJson, toggled: Expansion['toggled']): Map<number, boolean> {
  const byNode = new Map<number, boolean>();
  for (const { keys, open } of toggled.values()) {
    const node = findNode(flat, keys);
    if (node !== undefined) byNode.set(node, open);
  }
  return byNode;
}

/** The node at a path of keys, or `undefined`. */
export function findNode(flat: FlatJson, path: readonly (string | number)[]): number | undefined {
  let node = 0;
  for (const key of path) {
    if (!flattenChildren(flat, node)) return undefined;
    const first = flat.firstChild[node] as number;
    const end = flat.childEnd[node] as number;
    // An array's children are in index order: no scan, so "*" on 100,000 items resolves in one pass.
    let child = typeof key === 'number' && flat.keys[first + key] === key ? first + key : first;
    while (child < end && flat.keys[child] !== key) child++;
    if (child === end) return undefined;
    node = child;
  }
  return node;
}

/**
 * Whether a container is open. While searching (`marks` given), the base depth means: `OPEN_MATCHES`,
 * the containers that hold a match; 0, none; more, all.
 */
export function isOpenIn(
  depth: number,
  toggled: ReadonlyMap<number, boolean>,
  depths: readonly number[],
  marks: Uint8Array | null,
): (node: number) => boolean {
  if (marks) {
    const openAll = depth > OPEN_MATCHES;
    return (node) =>
      toggled.get(node) ?? (depth === OPEN_MATCHES ? ((marks[node] as number) & MATCHES_BELOW) !== 0 : openAll);
  }
  return (node) => toggled.get(node) ?? (depths[node] as number) <= depth;
}
