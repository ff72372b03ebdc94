import { describe, expect, it } from 'vitest';
import { OPEN_MATCHES } from '../../../src/components/jsonTree/expansion';
import {
  currentExpansion,
  initialJsonTreeState,
  type JsonTreeAction,
  jsonTreeReducer,
} from '../../../src/components/jsonTree/jsonTreeState';

const run = (actions: JsonTreeAction[], depth = 1) => actions.reduce(jsonTreeReducer, initialJsonTreeState(depth));

describe('jsonTreeReducer', () => {
  it('starts browsing at the default depth, on the first row, with no toggles', () => {
    const state = initialJsonTreeState(2);
    expect(state.query).toBe('');
    expect(currentExpansion(state)).toEqual({ depth: 2, toggled: new Map() });
    expect(state.activeRow).toBe(0);
  });

  it('records a toggle by node in the expansion in effect, without changing the previous state', () => {
    const before = initialJsonTreeState(1);
    const after = jsonTreeReducer(before, { type: 'toggle', node: 7, open: true });
    expect(after.browsing.toggled).toEqual(new Map([[7, true]]));
    expect(before.browsing.toggled.size).toBe(0);
    const closed = jsonTreeReducer(after, { type: 'toggle', node: 7, open: false });
    expect(closed.browsing.toggled.get(7)).toBe(false);
    expect(closed.browsing.depth).toBe(1);
  });

  it('a new query opens the containers holding a match, goes back to the first row, and keeps the user’s own expansion', () => {
    const state = run([
      { type: 'toggle', node: 3, open: false },
      { type: 'activate', row: 5 },
      { type: 'search', query: 'ci' },
      { type: 'toggle', node: 9, open: false },
      { type: 'search', query: 'cit' },
    ]);
    expect(state.activeRow).toBe(0);
    expect(currentExpansion(state)).toEqual({ depth: OPEN_MATCHES, toggled: new Map() });
    expect(state.browsing.toggled).toEqual(new Map([[3, false]]));
  });

  it('toggles made while searching stay in the search: clearing it brings back the user’s own expansion', () => {
    const state = run([
      { type: 'search', query: 'x' },
      { type: 'toggle', node: 4, open: true },
      { type: 'expandAll' },
      { type: 'toggle', node: 2, open: false },
    ]);
    expect(currentExpansion(state)).toEqual({ depth: Number.POSITIVE_INFINITY, toggled: new Map([[2, false]]) });
    const cleared = jsonTreeReducer(state, { type: 'search', query: '' });
    expect(currentExpansion(cleared)).toEqual({ depth: 1, toggled: new Map() });
  });

  it('expand all and collapse all drop the toggles and set the depth to everything or nothing', () => {
    const toggled = run([{ type: 'toggle', node: 1, open: false }]);
    expect(currentExpansion(jsonTreeReducer(toggled, { type: 'expandAll' }))).toEqual({
      depth: Number.POSITIVE_INFINITY,
      toggled: new Map(),
    });
    expect(currentExpansion(jsonTreeReducer(toggled, { type: 'collapseAll' }))).toEqual({ depth: 0, toggled: new Map() });
  });

  it('moving the tab stop to the row that has it returns the same state, so nothing re-renders', () => {
    const state = run([{ type: 'activate', row: 4 }]);
    expect(state.activeRow).toBe(4);
    expect(jsonTreeReducer(state, { type: 'activate', row: 4 })).toBe(state);
  });
});
