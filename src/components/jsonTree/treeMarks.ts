import type { FlatJson } from './flattenJson';
import type { SearchCache } from './searchCache';
import type { SearchPattern } from './searchPattern';

/** Marks the nodes a filtered tree shows (see searchJson's marks); kept out of the inspector's bundle. */
export type TreeFilter = (flat: FlatJson) => Uint8Array;

/**
 * The marks a tree shows its rows by (see searchJson): a search's matches (from `searchMarks`, a cache
 * of each query's) while there is a search, else the filter's while the tree is filtered (and has a
 * filter), else `null`: every row.
 */
export function treeMarks(
  flat: FlatJson,
  search: SearchPattern | null,
  searchMarks: SearchCache,
  filtered: boolean,
  filter: TreeFilter | undefined,
): Uint8Array | null {
  if (search) return searchMarks(search);
  return filtered && filter ? filter(flat) : null;
}
