'use client';
import { type Dispatch, useMemo } from 'react';
import { nodeKeys } from './jsonPath';
import type { JsonTreeAction, JsonTreeState } from './jsonTreeState';
import { matchingNodes, stepMatch } from './searchMatches';
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
  const matches = useMemo(() => (marks ? matchingNodes(flat, marks) : []), [flat, marks]);
  const current = Math.max(0, Math.min(state.match, matches.length - 1));
  return {
    total: matches.length,
    current,
    currentNode: matches[current] ?? -1,
    step: (direction) => {
      if (!matches.length) return;
      const match = stepMatch(current, direction, matches.length);
      const node = matches[match] as number;
      const keys = nodeKeys(flat, node);
      const ancestors = keys.slice(0, -1).map((_, index) => keys.slice(0, index + 1));
      dispatch({ type: 'goToMatch', match, node, ancestors });
    },
  };
}
