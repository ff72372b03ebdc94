import type { FlatJson } from './flattenJson';
import { MATCHES_BELOW, MATCHES_ITSELF } from './searchJson';

/** A container being walked: its next child and where its children end. */
interface OpenContainer {
  next: number;
  end: number;
}

/**
 * The nodes that match a search themselves, in document order (what "3 of 12" counts and Enter steps
 * through), whether or not the user closed a container above them. Node numbers do not follow the
 * document, so this walks the tree, entering only containers that hold a match.
 */
export function matchingNodes(flat: FlatJson, marks: Uint8Array): number[] {
  const matches: number[] = [];
  const stack: OpenContainer[] = [];
  const visit = (node: number) => {
    const mark = marks[node] as number;
    if (mark & MATCHES_ITSELF) matches.push(node);
    // A search flattened every container it marked, so firstChild is set.
    if (mark & MATCHES_BELOW) stack.push({ next: flat.firstChild[node] as number, end: flat.childEnd[node] as number });
  };
  visit(0);
  for (let container = stack.at(-1); container; container = stack.at(-1)) {
    if (container.next === container.end) stack.pop();
    else visit(container.next++);
  }
  return matches;
}

/** How many nodes match a search themselves: what "3 of 12" counts, without listing them. */
export function countMatches(marks: Uint8Array): number {
  let count = 0;
  for (let node = 0; node < marks.length; node++) if ((marks[node] as number) & MATCHES_ITSELF) count++;
  return count;
}

/**
 * The first node in document order that matches itself (the first of `matchingNodes`), or -1: one walk
 * down from the root, into the first marked child at each level, instead of a walk over every match.
 */
export function firstMatch(flat: FlatJson, marks: Uint8Array): number {
  let node = 0;
  for (;;) {
    const mark = marks[node] as number;
    if (mark & MATCHES_ITSELF) return node;
    if (!(mark & MATCHES_BELOW)) return -1;
    // A node that matches below holds a match in one of its children: the first marked one holds the first.
    let child = flat.firstChild[node] as number;
    while (!marks[child]) child++;
    node = child;
  }
}

/** The match `step` places after `current` (before, when negative), wrapping at both ends. */
export const stepMatch = (current: number, step: number, count: number): number =>
  count ? (((current + step) % count) + count) % count : 0;
