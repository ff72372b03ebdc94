import { MATCHES_BELOW } from './searchJson';

/**
 * How containers are opened: a base depth (0, n or Infinity) and the user's own toggles, by node
 * number, so they survive a refetch that brings equal data as new objects.
 */
export interface Expansion {
  /** Containers down to this depth are open, unless toggled. */
  depth: number;
  /** The user's own opens (`true`) and closes (`false`), by node. */
  toggled: ReadonlyMap<number, boolean>;
}

/** While searching, this base depth opens exactly the containers that hold a match. */
export const OPEN_MATCHES = 1;

export const expandedTo = (depth: number): Expansion => ({ depth, toggled: new Map() });

/**
 * Whether a container is open. While searching (`marks` given), the base depth means: `OPEN_MATCHES`,
 * the containers that hold a match; 0, none; more, all.
 */
export function isOpenIn(
  expansion: Expansion,
  depths: readonly number[],
  marks: Uint8Array | null,
): (node: number) => boolean {
  const { depth, toggled } = expansion;
  if (marks) {
    const openAll = depth > OPEN_MATCHES;
    return (node) =>
      toggled.get(node) ?? (depth === OPEN_MATCHES ? ((marks[node] as number) & MATCHES_BELOW) !== 0 : openAll);
  }
  return (node) => toggled.get(node) ?? (depths[node] as number) <= depth;
}
