'use client';
import { useMemo } from 'react';
import type { JsonValue } from '../../core/json';
import { isOpenIn } from './expansion';
import { type FlatJson, flattenJson } from './flattenJson';
import { currentExpansion, type JsonTreeState } from './jsonTreeState';
import { searchJson } from './searchJson';
import { type SearchPattern, searchPattern } from './searchPattern';
import { type VisibleRows, visibleRows } from './visibleRows';

export interface VisibleTree extends VisibleRows {
  flat: FlatJson;
  /** The search in effect, or `null`. */
  search: SearchPattern | null;
}

/**
 * The rows to show for a value and a tree state. Each step is memoized on its own inputs: the value is
 * flattened once, a query searched once, and a toggle only walks the rows it shows.
 */
export function useVisibleTree(value: JsonValue, state: JsonTreeState): VisibleTree {
  const flat = useMemo(() => flattenJson(value), [value]);
  const search = useMemo(() => searchPattern(state.query), [state.query]);
  const marks = useMemo(
    () => search && searchJson(flat, search.pattern, search.canMatchNumbers),
    [flat, search],
  );
  const expansion = currentExpansion(state);
  const rows = useMemo(
    () => visibleRows(flat, isOpenIn(expansion, flat.depths, marks), marks),
    [flat, marks, expansion],
  );
  return { ...rows, flat, search };
}
