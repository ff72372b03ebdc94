'use client';
import { type Dispatch, useMemo } from 'react';
import { ancestorPaths, nodeKeys } from './jsonPath';
import type { JsonTreeAction, JsonTreeState } from './jsonTreeState';
import { countMatches, firstMatch, matchingNodes, stepMatch } from './searchMatches';
import type { VisibleTree } from './useVisibleTree';

export interface SearchMatches {
  /** How many nodes match the search; 0 when not searching. */
  total: number;
  /** Position of the current match, from 0. */
  current: number;
  /** The current match's node, or -1 when there is none. */
  currentNode: number;
  /** Makes the next (1) or previous (-1) match current, opening its ancestors and moving the tab stop to it. */
  step: (direction: 1 | -1) => void;
}

/** The search's matches in document order, and stepping through them (Enter and Shift+Enter in the search box). */
export function useSearchMatches(
  tree: VisibleTree,
  state: JsonTreeState,
  dispatch: Dispatch<JsonTreeAction>,
): SearchMatches {
  const { flat, marks } = tree;
  const total = useMemo(() => (marks ? countMatches(marks) : 0), [marks]);
  // Listing every match in document order walks every container that holds one (a tenth of the first
  // keystroke at 100,000 nodes): a new query shows its first match, so the list waits for a step.
  const ordered = useMemo(() => {
    let list: number[] | undefined;
    return () => (list ??= marks ? matchingNodes(flat, marks) : []);
  }, [flat, marks]);
  const current = Math.max(0, Math.min(state.match, total - 1));
  let currentNode = -1;
  if (marks) currentNode = current === 0 ? firstMatch(flat, marks) : (ordered()[current] as number);
  return {
    total,
    current,
    currentNode,
    step: (direction) => {
      if (!total) return;
      const match = stepMatch(current, direction, total);
      const node = ordered()[match] as number;
      dispatch({ type: 'goToMatch', match, node, ancestors: ancestorPaths(nodeKeys(flat, node)) });
    },
  };
}
