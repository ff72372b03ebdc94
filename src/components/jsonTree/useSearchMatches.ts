'use client';
import { type Dispatch, useMemo } from 'react';
import { ancestorPaths, nodeKeys } from './jsonPath';
import type { JsonTreeAction, JsonTreeState } from './jsonTreeState';
import type { TreeSearchCode } from './loadTreeSearch';
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

/** What matching takes from the search code, loaded on demand (see loadTreeSearch). */
export type MatchCounter = Pick<TreeSearchCode, 'countMatches' | 'firstMatch' | 'matchingNodes' | 'stepMatch'>;

/**
 * The search's matches in document order, and stepping through them (Enter and Shift+Enter in the
 * search box). There are marks only once the search code has loaded (`code`): until then, no match.
 */
export function useSearchMatches(
  tree: VisibleTree,
  state: JsonTreeState,
  dispatch: Dispatch<JsonTreeAction>,
  code: MatchCounter | undefined,
): SearchMatches {
  const { flat } = tree;
  const marks = code && tree.marks;
  const total = useMemo(() => (code && marks ? code.countMatches(marks) : 0), [code, marks]);
  // Listing every match in document order walks every container that holds one (a tenth of the first
  // keystroke at 100,000 nodes): a new query shows its first match, so the list waits for a step.
  const ordered = useMemo(() => {
    let list: number[] | undefined;
    return () => (list ??= code && marks ? code.matchingNodes(flat, marks) : []);
  }, [code, flat, marks]);
  const current = Math.max(0, Math.min(state.match, total - 1));
  let currentNode = -1;
  if (code && marks) currentNode = current === 0 ? code.firstMatch(flat, marks) : (ordered()[current] as number);
  return {
    total,
    current,
    currentNode,
    step: (direction) => {
      if (!code || !total) return;
      const match = code.stepMatch(current, direction, total);
      const node = ordered()[match] as number;
      dispatch({ type: 'goToMatch', match, node, ancestors: ancestorPaths(nodeKeys(flat, node)) });
    },
  };
}
