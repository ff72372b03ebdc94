'use client';
import { useMemo } from 'react';
import type { JsonValue } from '../../core/json';
import { isOpenIn, resolveToggles } from './expansion';
import { type FlatJson, flattenJson } from './flattenJson';
import { currentExpansion, type JsonTreeState } from './jsonTreeState';
import { createSearchCache } from './searchCache';
import { type SearchPattern, searchPattern } from './searchPattern';
import { type VisibleRows, visibleRows } from './visibleRows';

export interface VisibleTree extends VisibleRows {
  flat: FlatJson;
  /** The search in effect, or `null`. */
  search: SearchPattern | null;
}

/**
 * The rows to show for a value and a tree state. Each step is memoized on its own inputs: a query is
 * searched once (narrowed from the queries typed before it), and a toggle only walks the rows it shows.
 * The flattened value grows as containers are opened (a cache: flattening the same container twice
 * gives the same nodes).
 */
export function useVisibleTree(value: JsonValue, state: JsonTreeState): VisibleTree {
  const flat = useMemo(() => flattenJson(value), [value]);
  const search = useMemo(() => searchPattern(state.query), [state.query]);
  const searchMarks = useMemo(() => createSearchCache(flat), [flat]);
  const marks = useMemo(() => search && searchMarks(search), [searchMarks, search]);
  const { depth, toggled } = currentExpansion(state);
  const toggledNodes = useMemo(() => resolveToggles(flat, toggled), [flat, toggled]);
  const rows = useMemo(
    () => visibleRows(flat, isOpenIn(depth, toggledNodes, flat.depths, marks), marks),
    [flat, marks, depth, toggledNodes],
  );
  return { ...rows, flat, search };
}
