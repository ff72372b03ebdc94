import type { FlatJson } from './flattenJson';
import { searchJson } from './searchJson';
import type { SearchPattern } from './searchPattern';

/** Marks for a search (see `searchJson`), from earlier searches where they help. */
export type SearchCache = (search: SearchPattern) => Uint8Array;

// Searches kept, each holding one byte per node: 1.6 MB at most for 100,000 nodes.
const KEPT_SEARCHES = 16;

interface PastSearch {
  query: string;
  marks: Uint8Array;
}

/**
 * Searches one flattened value, narrowing from earlier searches: a text that contains a query also
 * contains every part of it (case-insensitively too), so a query that contains an earlier one ("st"
 * after "s") can only match the nodes that one matched, and only those are tested. The searches kept
 * are the queries typed on the way to the current one, each containing the one before, so typing a
 * word costs one full pass for its first letter and passes over fewer and fewer matches after, and
 * deleting a letter finds its query's marks kept. The marks are always a full search's: this only saves work.
 */
export function createSearchCache(flat: FlatJson): SearchCache {
  const past: PastSearch[] = [];
  return ({ query, pattern, canMatchNumbers }) => {
    while (past.length && !query.includes((past.at(-1) as PastSearch).query)) past.pop();
    const narrowest = past.at(-1);
    if (narrowest?.query === query) return narrowest.marks;
    const marks = searchJson(flat, pattern, canMatchNumbers, narrowest?.marks);
    if (past.push({ query, marks }) > KEPT_SEARCHES) past.shift();
    return marks;
  };
}
