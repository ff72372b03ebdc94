import { describe, expect, it } from 'vitest';
import { OPEN_MATCHES } from '../../../src/components/jsonTree/expansion';
import {
  currentExpansion,
  initialJsonTreeState,
  type JsonTreeAction,
  jsonTreeReducer,
} from '../../../src/components/jsonTree/jsonTreeState';

const run = (actions: JsonTreeAction[], depth = 1) => actions.reduce(jsonTreeReducer, initialJsonTreeState(depth));
const toggle = (keys: (string | number)[], open: boolean): JsonTreeAction => ({ type: 'toggle', keys, open });

describe('jsonTreeReducer', () => {
  it('starts browsing at the default depth, on the first row, with no toggles', () => {
    const state = initialJsonTreeState(2);
    expect(state.query).toBe('');
    expect(currentExpansion(state)).toEqual({ depth: 2, toggled: new Map() });
    expect(state.activeRow).toBe(0);
  });

  it('records a toggle by path in the expansion in effect, without changing the previous state', () => {
    const before = initialJsonTreeState(1);
    const after = jsonTreeReducer(before, toggle(['tags', 0], true));
    expect(after.browsing.toggled).toEqual(new Map([['tags[0]', { keys: ['tags', 0], open: true }]]));
    expect(before.browsing.toggled.size).toBe(0);
    const closed = jsonTreeReducer(after, toggle(['tags', 0], false));
    expect(closed.browsing.toggled.get('tags[0]')?.open).toBe(false);
    expect(closed.browsing.toggled.size).toBe(1);
    expect(closed.browsing.depth).toBe(1);
  });

  it('tells apart keys that only look alike: an index, a numeric key, a dotted key', () => {
    const state = run([toggle([0], true), toggle(['0'], true), toggle(['a.b'], false), toggle(['a', 'b'], true)]);
    expect([...state.browsing.toggled.keys()]).toEqual(['[0]', '["0"]', '["a.b"]', 'a.b']);
  });

  it('a new query opens the containers holding a match, goes back to the first row, and keeps the user’s own expansion', () => {
    const state = run([
      toggle(['profile'], false),
      { type: 'activate', row: 5 },
      { type: 'search', query: 'ci' },
      toggle(['tags'], false),
      { type: 'search', query: 'cit' },
    ]);
    expect(state.activeRow).toBe(0);
    expect(currentExpansion(state)).toEqual({ depth: OPEN_MATCHES, toggled: new Map() });
    expect([...state.browsing.toggled.keys()]).toEqual(['profile']);
  });

  it('toggles made while searching stay in the search: clearing it brings back the user’s own expansion', () => {
    const state = run([{ type: 'search', query: 'x' }, toggle(['a'], true), { type: 'expandAll' }, toggle(['b'], false)]);
    expect(currentExpansion(state).depth).toBe(Number.POSITIVE_INFINITY);
    expect([...currentExpansion(state).toggled.keys()]).toEqual(['b']);
    const cleared = jsonTreeReducer(state, { type: 'search', query: '' });
    expect(currentExpansion(cleared)).toEqual({ depth: 1, toggled: new Map() });
  });

  it('expand all and collapse all drop the toggles and set the depth to everything or nothing', () => {
    const toggled = run([toggle(['a'], false)]);
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

  it('opens every container at the given paths in the expansion in effect ("*"), keeping the other toggles', () => {
    const state = run([
      toggle(['tags'], false),
      { type: 'open', paths: [['tags'], ['profile'], ['a.b']], follow: 3 },
    ]);
    // The focused node's row is known only after the next walk: the state keeps the node until then.
    expect(state.followNode).toBe(3);
    expect(jsonTreeReducer(state, { type: 'activate', row: 7 })).toMatchObject({ activeRow: 7, followNode: null });
    expect([...state.browsing.toggled.values()]).toEqual([
      { keys: ['tags'], open: true },
      { keys: ['profile'], open: true },
      { keys: ['a.b'], open: true },
    ]);
    const searching = run([{ type: 'search', query: 'x' }, { type: 'open', paths: [['profile']], follow: 1 }]);
    expect(searching.searching.toggled.get('profile')).toEqual({ keys: ['profile'], open: true });
    expect(searching.browsing.toggled.size).toBe(0);
    // Nothing to open leaves the state as it was.
    const before = initialJsonTreeState(1);
    expect(jsonTreeReducer(before, { type: 'open', paths: [], follow: 0 })).toBe(before);
  });

  it('going to a match opens its ancestors in the search, makes it current, and follows its node; a new query starts at the first match', () => {
    const state = run([
      { type: 'search', query: 'ci' },
      toggle(['profile'], false),
      { type: 'goToMatch', match: 2, node: 9, ancestors: [['profile'], ['profile', 'address']] },
    ]);
    expect(state.match).toBe(2);
    expect(state.followNode).toBe(9);
    expect([...state.searching.toggled.values()]).toEqual([
      { keys: ['profile'], open: true },
      { keys: ['profile', 'address'], open: true },
    ]);
    expect(state.browsing.toggled.size).toBe(0);
    const retyped = jsonTreeReducer(state, { type: 'search', query: 'cit' });
    expect(retyped).toMatchObject({ match: 0, followNode: null, activeRow: 0 });
    expect(retyped.searching.toggled.size).toBe(0);
  });
});
