'use client';
import { type KeyboardEvent, type RefObject, useRef } from 'react';
import type { SearchCode, SearchCodeStatus } from './useSearchCode';
import type { TreeController } from './useTreeController';
import { type SearchMatches, useSearchMatches } from './useSearchMatches';

export interface TreeSearch {
  /** Goes on the search box, which holds its own text (what was typed is there even before the search code is). */
  boxRef: RefObject<HTMLInputElement | null>;
  /** Where the search code is: `failed` shows in place of the match count. */
  status: SearchCodeStatus;
  matches: SearchMatches;
  /** The search box's new text: the tree shows its matches, from the top (once the search code is there). */
  onSearch: (query: string) => void;
  /** The search box was focused or pointed at: a search is likely, so its code starts loading. */
  onSearchIntent: () => void;
  /** Keys in the search box: Enter and Shift+Enter step through the matches. */
  onSearchKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  /** Keys anywhere in the component: Escape clears the search (in the tree, focus stays in the tree). */
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

/**
 * What the search box does to a tree: filter it, step through its matches, and clear it with Escape.
 * The search code loads on first use (`searchCode`). The box keeps its own text, so what is typed
 * meanwhile shows at once, and the box's text then is searched in the render that brings the code:
 * no keystroke is lost.
 */
export function useTreeSearch(controller: TreeController, searchCode: SearchCode): TreeSearch {
  const { tree, state, dispatch, virtual, focus } = controller;
  const { code, status, request } = searchCode;
  const boxRef = useRef<HTMLInputElement>(null);
  const matches = useSearchMatches(tree, state, dispatch, code);
  const search = (query: string) => {
    dispatch({ type: 'search', query });
    virtual.scrollToTop();
  };
  return {
    boxRef,
    status,
    matches,
    onSearch: (query) => {
      if (code) search(query);
      else request(() => search(boxRef.current?.value ?? ''));
    },
    onSearchIntent: () => request(),
    onSearchKeyDown: (event) => {
      if (event.key !== 'Enter') return;
      matches.step(event.shiftKey ? -1 : 1);
      event.preventDefault();
    },
    onKeyDown: (event) => {
      const box = boxRef.current;
      if (event.key !== 'Escape' || !(state.query || box?.value)) return;
      if ((event.target as HTMLElement).closest('[role="tree"]')) focus.focusAfterRender();
      if (box) box.value = '';
      dispatch({ type: 'search', query: '' });
      event.preventDefault();
    },
  };
}
