import type * as TreeSearchModule from './treeSearch';

/** The search code (see treeSearch.ts), once loaded. */
export type TreeSearchCode = typeof TreeSearchModule;

let loaded: TreeSearchCode | undefined;
let loading: Promise<TreeSearchCode> | undefined;

/**
 * Loads the tree's search code once for every tree on the page. A failed load is forgotten, so the
 * next attempt (the next keystroke or focus) tries again.
 */
export function loadTreeSearch(): Promise<TreeSearchCode> {
  loading ??= import('./treeSearch').then(
    (code) => (loaded = code),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The search code if it has loaded already (a tree mounted after another was searched starts with it). */
export const loadedTreeSearch = (): TreeSearchCode | undefined => loaded;
