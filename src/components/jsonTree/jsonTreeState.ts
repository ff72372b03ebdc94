'use client';
import { type Dispatch, useReducer } from 'react';
import { type Expansion, expandedTo, OPEN_MATCHES } from './expansion';
import { jsonPath } from './jsonPath';

/** What a `JsonTree` remembers between renders, apart from its scroll position. */
export interface JsonTreeState {
  /** The search box's text; empty when not searching. */
  query: string;
  /** The user's own expansion, kept untouched while searching. */
  browsing: Expansion;
  /** The expansion while searching, reset by every new query. */
  searching: Expansion;
  /** The row holding the tree's one tab stop (read it clamped to the rows shown). */
  activeRow: number;
  /**
   * A node the tab stop moves to once its row is known: after `*` opens containers above it, or a search
   * goes to a match. Rows shift when containers open, so only the next walk of the rows can place it.
   */
  followNode: number | null;
  /** Which match of the search is the current one ("3 of 12" shows it plus one); 0 for a new query. */
  match: number;
}

export type JsonTreeAction =
  | { type: 'search'; query: string }
  | { type: 'toggle'; keys: readonly (string | number)[]; open: boolean }
  /** Opens every container at these paths (`*` opens a row's siblings), the tab stop staying on `follow`. */
  | { type: 'open'; paths: readonly (readonly (string | number)[])[]; follow: number }
  /** Makes a match current: its closed ancestors open and the tab stop moves to it. */
  | { type: 'goToMatch'; match: number; node: number; ancestors: readonly (readonly (string | number)[])[] }
  | { type: 'expandAll' }
  | { type: 'collapseAll' }
  | { type: 'activate'; row: number };

export function initialJsonTreeState(defaultExpandDepth: number): JsonTreeState {
  return {
    query: '',
    browsing: expandedTo(defaultExpandDepth),
    searching: expandedTo(OPEN_MATCHES),
    activeRow: 0,
    followNode: null,
    match: 0,
  };
}

/** The expansion in effect: the search's while there is a query, else the user's own. */
export const currentExpansion = (state: JsonTreeState): Expansion => (state.query ? state.searching : state.browsing);

/** Replaces the expansion in effect, leaving the other one as it was. */
const withExpansion = (state: JsonTreeState, expansion: Expansion): JsonTreeState =>
  state.query ? { ...state, searching: expansion } : { ...state, browsing: expansion };

/** The state with every container at `paths` open in the expansion in effect. */
function opening(state: JsonTreeState, paths: readonly (readonly (string | number)[])[]): JsonTreeState {
  const { depth, toggled } = currentExpansion(state);
  const opened = new Map(toggled);
  for (const keys of paths) opened.set(jsonPath(keys), { keys, open: true });
  return withExpansion(state, { depth, toggled: opened });
}

export function jsonTreeReducer(state: JsonTreeState, action: JsonTreeAction): JsonTreeState {
  switch (action.type) {
    case 'search':
      // A new query starts at the top, with the containers that hold a match open.
      return {
        ...state,
        query: action.query,
        searching: expandedTo(OPEN_MATCHES),
        activeRow: 0,
        followNode: null,
        match: 0,
      };
    case 'toggle': {
      const { depth, toggled } = currentExpansion(state);
      const { keys, open } = action;
      return withExpansion(state, { depth, toggled: new Map(toggled).set(jsonPath(keys), { keys, open }) });
    }
    case 'open':
      return action.paths.length ? { ...opening(state, action.paths), followNode: action.follow } : state;
    case 'goToMatch':
      return { ...opening(state, action.ancestors), followNode: action.node, match: action.match };
    case 'expandAll':
      return withExpansion(state, expandedTo(Number.POSITIVE_INFINITY));
    case 'collapseAll':
      return withExpansion(state, expandedTo(0));
    case 'activate':
      return action.row === state.activeRow && state.followNode === null
        ? state
        : { ...state, activeRow: action.row, followNode: null };
  }
}

/** The tree's state as a reducer, so every transition is a pure function tested without a DOM. */
export function useJsonTreeState(defaultExpandDepth: number): [JsonTreeState, Dispatch<JsonTreeAction>] {
  return useReducer(jsonTreeReducer, defaultExpandDepth, initialJsonTreeState);
}
