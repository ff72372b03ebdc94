'use client';
import { type Dispatch, useReducer } from 'react';
import { type Expansion, expandedTo, OPEN_MATCHES } from './expansion';
import { jsonPath } from './jsonPath';

/** What a `JsonTree` remembers between renders, apart from its scroll position. */
export interface JsonTreeState {
  /** The search box's text; empty when not searching. */
  query: string;
  /**
   * Only the rows the tree's filter marks are shown (the editor's "only changes"): like a search, with
   * its own expansion, and the user's own kept for when the filter is turned off.
   */
  filtered: boolean;
  /** The user's own expansion, kept untouched while searching or filtering. */
  browsing: Expansion;
  /** The expansion while searching or filtering, reset by every new query and each time the filter is turned on. */
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
  /** Shows only the rows the filter marks (or all again), the tab stop following `follow` if its row stays. */
  | { type: 'filter'; on: boolean; follow: number | null }
  /** Brings a node into the rows (its closed ancestors opened) and moves the tab stop to it. */
  | { type: 'reveal'; node: number; ancestors: readonly (readonly (string | number)[])[] }
  | { type: 'expandAll' }
  | { type: 'collapseAll' }
  | { type: 'activate'; row: number };

export function initialJsonTreeState(defaultExpandDepth: number): JsonTreeState {
  return {
    query: '',
    filtered: false,
    browsing: expandedTo(defaultExpandDepth),
    searching: expandedTo(OPEN_MATCHES),
    activeRow: 0,
    followNode: null,
    match: 0,
  };
}

/** Whether rows are narrowed (a search or the filter), which has an expansion of its own. */
const isNarrowed = (state: JsonTreeState): boolean => state.query !== '' || state.filtered;

/** The expansion in effect: the search's (or filter's) while narrowed, else the user's own. */
export const currentExpansion = (state: JsonTreeState): Expansion =>
  isNarrowed(state) ? state.searching : state.browsing;

/** Replaces the expansion in effect, leaving the other one as it was. */
const withExpansion = (state: JsonTreeState, expansion: Expansion): JsonTreeState =>
  isNarrowed(state) ? { ...state, searching: expansion } : { ...state, browsing: expansion };

/** The state with every container at `paths` open in the expansion in effect. */
function opening(state: JsonTreeState, paths: readonly (readonly (string | number)[])[]): JsonTreeState {
  const { depth, toggled } = currentExpansion(state);
  const opened = new Map(toggled);
  for (const keys of paths) opened.set(jsonPath(keys), { keys, open: true });
  return withExpansion(state, { depth, toggled: opened });
}

/** The state with the containers above a node open and the tab stop following it (`reveal`, `goToMatch`). */
const revealing = (
  state: JsonTreeState,
  { node, ancestors }: { node: number; ancestors: readonly (readonly (string | number)[])[] },
): JsonTreeState => ({ ...opening(state, ancestors), followNode: node });

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
      return { ...revealing(state, action), match: action.match };
    case 'filter':
      if (action.on === state.filtered) return state;
      // Turned on, the containers that hold a marked row open, as a new query opens the ones holding a match.
      return {
        ...state,
        filtered: action.on,
        searching: action.on ? expandedTo(OPEN_MATCHES) : state.searching,
        followNode: action.follow,
      };
    case 'reveal':
      return revealing(state, action);
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
