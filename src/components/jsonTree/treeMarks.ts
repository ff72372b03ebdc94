import type { FlatJson } from './flattenJson';
import type { SearchCache } from './searchCache';
import type { SearchPattern } from './searchPattern';

/** Marks the nodes a filtered tree shows (see searchJson's marks); kept out of the inspector's bundle. */
export type TreeFilter = (flat: FlatJson) => Uint8Array;

/**
 * The marks a tree shows its rows by (see searchJson): a search's matches (from `searchMarks`, a cache
 * of each query's) while there is a search, else `filterMarks`, the filter's while the tree is filtered
 * (kept apart so that clearing a search gives them back without filtering again), else `null`: every row.
 */
export function treeMarks(
  search: SearchPattern | null,
  searchMarks: SearchCache,
  filterMarks: Uint8Array | null,
): Uint8Array | null {
  return search ? searchMarks(search) : filterMarks;
}
