import type { KeyboardEvent } from 'react';
import type { TreeController } from './useTreeController';
import { type SearchMatches, useSearchMatches } from './useSearchMatches';

export interface TreeSearch {
  matches: SearchMatches;
  /** The search box's new text: the tree shows its matches, from the top. */
  onSearch: (query: string) => void;
  /** Keys in the search box: Enter and Shift+Enter step through the matches. */
  onSearchKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  /** Keys anywhere in the component: Escape clears the search (in the tree, focus stays in the tree). */
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

/** What the search box does to a tree: filter it, step through its matches, and clear it with Escape. */
export function useTreeSearch({ tree, state, dispatch, virtual, focus }: TreeController): TreeSearch {
  const matches = useSearchMatches(tree, state, dispatch);
  return {
    matches,
    onSearch: (query) => {
      dispatch({ type: 'search', query });
      virtual.scrollToTop();
    },
    onSearchKeyDown: (event) => {
      if (event.key !== 'Enter') return;
      matches.step(event.shiftKey ? -1 : 1);
      event.preventDefault();
    },
    onKeyDown: (event) => {
      if (event.key !== 'Escape' || !state.query) return;
      if ((event.target as HTMLElement).closest('[role="tree"]')) focus.focusAfterRender();
      dispatch({ type: 'search', query: '' });
      event.preventDefault();
    },
  };
}
