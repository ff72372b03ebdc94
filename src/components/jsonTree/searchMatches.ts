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

/** The match `step` places after `current` (before, when negative), wrapping at both ends. */
export const stepMatch = (current: number, step: number, count: number): number =>
  count ? (((current + step) % count) + count) % count : 0;
