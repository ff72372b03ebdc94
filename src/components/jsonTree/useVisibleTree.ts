'use client';
import { useMemo } from 'react';
import type { JsonValue } from '../../core/json';
import { resolveToggles } from './expansion';
import { type FlatJson, flattenJson } from './flattenJson';
import { currentExpansion, type JsonTreeState } from './jsonTreeState';
import { createSearchCache } from './searchCache';
import { type SearchPattern, searchPattern } from './searchPattern';
import { createRowsCache } from './rowsCache';
import { type TreeFilter, treeMarks } from './treeMarks';
import type { VisibleRows } from './visibleRows';

export interface VisibleTree extends VisibleRows {
  flat: FlatJson;
  /** The search in effect, or `null`. */
  search: SearchPattern | null;
  /** The search's (or the filter's) marks by node (see searchJson), or `null` when showing every row. */
  marks: Uint8Array | null;
}

/**
 * The rows to show for a value and a tree state. Each step is memoized on its own inputs: a query is
 * searched once (narrowed from the queries typed before it), a toggle re-walks only the rows below the
 * container it opened or closed, and clearing a search gives back the rows from before it.
 * The flattened value grows as containers are opened (a cache: flattening the same container twice
 * gives the same nodes). While `state.filtered`, only the nodes `filter` marks (a function memoized by the
 * caller, such as `pathMarks` of some paths) are shown, as a search shows its matches.
 */
export function useVisibleTree(value: JsonValue, state: JsonTreeState, filter?: TreeFilter): VisibleTree {
  const flat = useMemo(() => flattenJson(value), [value]);
  const search = useMemo(() => searchPattern(state.query), [state.query]);
  const searchMarks = useMemo(() => createSearchCache(flat), [flat]);
  // Their own memo: a search that comes and goes leaves them, so clearing it does not filter again.
  const filterMarks = useMemo(() => (state.filtered && filter ? filter(flat) : null), [flat, state.filtered, filter]);
  const marks = useMemo(() => treeMarks(search, searchMarks, filterMarks), [search, searchMarks, filterMarks]);
  const { depth, toggled } = currentExpansion(state);
  const toggledNodes = useMemo(() => resolveToggles(flat, toggled), [flat, toggled]);
  const rowsCache = useMemo(() => createRowsCache(flat), [flat]);
  const rows = useMemo(
    () => rowsCache({ depth, toggled: toggledNodes, marks }),
    [rowsCache, marks, depth, toggledNodes],
  );
  return { ...rows, flat, search, marks };
}
