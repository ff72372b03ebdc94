'use client';
import { useState } from 'react';
import { loadedTreeSearch, loadTreeSearch, type TreeSearchCode } from './loadTreeSearch';

/** Where a tree's search code is: not there (yet), there, or failed to load (asking again retries). */
export type SearchCodeStatus = 'absent' | 'ready' | 'failed';

export interface SearchCode {
  status: SearchCodeStatus;
  /** The code, once loaded. */
  code: TreeSearchCode | undefined;
  /**
   * Loads the code unless it is there (after a failed load, tries again), then calls `loaded`, in the
   * same render as the one that brings the code.
   */
  request: (loaded?: () => void) => void;
}

type Loading = Omit<SearchCode, 'request'>;

const initialLoading = (): Loading => {
  const code = loadedTreeSearch();
  return { status: code ? 'ready' : 'absent', code };
};

/**
 * The tree's search code as React state: loaded on demand (`request`), the first time the search box
 * is focused, pointed at or typed in, then kept for every tree on the page (the load is shared). No
 * render until it is there: nothing shows that it is on its way. No effect either: a load that ends
 * after the tree unmounted sets state React ignores.
 */
export function useSearchCode(): SearchCode {
  const [loading, setLoading] = useState(initialLoading);
  return {
    ...loading,
    request: (loaded) => {
      if (loading.status === 'ready') return;
      // A retry takes the failure's message away while it loads.
      if (loading.status === 'failed') setLoading({ status: 'absent', code: undefined });
      loadTreeSearch().then(
        (code) => {
          setLoading({ status: 'ready', code });
          loaded?.();
        },
        () => setLoading({ status: 'failed', code: undefined }),
      );
    },
  };
}
