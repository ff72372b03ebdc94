import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { isOpenIn, resolveToggles } from '../../../src/components/jsonTree/expansion';
import { type FlatJson, flattenJson } from '../../../src/components/jsonTree/flattenJson';
import { nodePath } from '../../../src/components/jsonTree/jsonPath';
import {
  currentExpansion,
  initialJsonTreeState,
  type JsonTreeAction,
  jsonTreeReducer,
  type JsonTreeState,
} from '../../../src/components/jsonTree/jsonTreeState';
import { pathMarks } from '../../../src/components/jsonTree/pathMarks';
import { revealNode } from '../../../src/components/jsonTree/revealNode';
import { createSearchCache } from '../../../src/components/jsonTree/searchCache';
import { searchPattern } from '../../../src/components/jsonTree/searchPattern';
import { treeMarks } from '../../../src/components/jsonTree/treeMarks';
import { useVisibleTree } from '../../../src/components/jsonTree/useVisibleTree';
import { visibleRows } from '../../../src/components/jsonTree/visibleRows';
import type { JsonValue } from '../../../src/core/json';

const value: JsonValue = {
  role: 'admin',
  team: { id: 7, name: 'Core', members: ['ada', 'lin'] },
  plan: { tier: 'pro', seats: 3 },
  added: { nested: true },
};
const changed = [['team', 'members', 1], ['plan', 'seats'], ['added']];

/** The rows a tree filtered by `paths` shows for a state, as paths: the pure pipeline useVisibleTree memoizes. */
function shownPaths(flat: FlatJson, state: JsonTreeState, paths: typeof changed): string[] {
  const filterMarks = state.filtered ? pathMarks(flat, paths) : null;
  const marks = treeMarks(searchPattern(state.query), createSearchCache(flat), filterMarks);
  const { depth, toggled } = currentExpansion(state);
  const rows = visibleRows(flat, isOpenIn(depth, resolveToggles(flat, toggled), flat.depths, marks), marks);
  return rows.rows.map((node) => nodePath(flat, node));
}
const run = (actions: JsonTreeAction[]) => actions.reduce(jsonTreeReducer, initialJsonTreeState(1));

describe('the "only changes" filter', () => {
  it('shows only the marked rows and the containers above them, opened, and everything again when off', () => {
    const flat = flattenJson(value);
    const on = run([{ type: 'filter', on: true, follow: null }]);
    expect(shownPaths(flat, on, changed)).toEqual(['team', 'team.members', 'team.members[1]', 'plan', 'plan.seats', 'added']);
    const off = jsonTreeReducer(on, { type: 'filter', on: false, follow: null });
    expect(shownPaths(flat, off, changed)).toEqual([
      'role',
      'team',
      'team.id',
      'team.name',
      'team.members',
      'plan',
      'plan.tier',
      'plan.seats',
      'added',
      'added.nested',
    ]);
  });

  it('an added container shows all its members once opened, and a closed ancestor hides its changes', () => {
    const flat = flattenJson(value);
    const state = run([
      { type: 'filter', on: true, follow: null },
      { type: 'toggle', keys: ['added'], open: true },
      { type: 'toggle', keys: ['team'], open: false },
    ]);
    expect(shownPaths(flat, state, changed)).toEqual(['team', 'plan', 'plan.seats', 'added', 'added.nested']);
  });

  it('keeps the user’s own expansion apart: toggles under the filter are gone when it is off, and a new filter starts fresh', () => {
    const browsing = run([{ type: 'toggle', keys: ['plan'], open: true }]);
    const filtered = (
      [
        { type: 'filter', on: true, follow: 4 },
        { type: 'toggle', keys: ['team'], open: false },
      ] satisfies JsonTreeAction[]
    ).reduce(jsonTreeReducer, browsing);
    expect(filtered.followNode).toBe(4);
    expect(filtered.browsing).toBe(browsing.browsing);
    const again = (
      [
        { type: 'filter', on: false, follow: null },
        { type: 'filter', on: true, follow: null },
      ] satisfies JsonTreeAction[]
    ).reduce(jsonTreeReducer, filtered);
    expect(again.searching.toggled.size).toBe(0);
    expect(jsonTreeReducer(again, { type: 'filter', on: true, follow: 2 })).toBe(again);
  });

  it('gives way to a search: its matches are shown while there is a query, and the filter’s rows again once it is cleared', () => {
    const flat = flattenJson(value);
    const searching = run([
      { type: 'filter', on: true, follow: null },
      { type: 'search', query: 'tier' },
    ]);
    expect(shownPaths(flat, searching, changed)).toEqual(['plan', 'plan.tier']);
    const cleared = jsonTreeReducer(searching, { type: 'search', query: '' });
    expect(shownPaths(flat, cleared, changed)).toEqual(['team', 'team.members', 'team.members[1]', 'plan', 'plan.seats', 'added']);
  });

  it('filters once while searches come and go: clearing one gives back the filter’s marks without filtering again', () => {
    const filter = vi.fn((tree: FlatJson) => pathMarks(tree, changed));
    const filtered = run([{ type: 'filter', on: true, follow: null }]);
    const { result, rerender } = renderHook(({ state }) => useVisibleTree(value, state, filter), {
      initialProps: { state: filtered },
    });
    const before = result.current.marks;
    const searching = jsonTreeReducer(filtered, { type: 'search', query: 'tier' });
    rerender({ state: searching });
    rerender({ state: jsonTreeReducer(searching, { type: 'search', query: '' }) });
    expect(result.current.marks).toBe(before);
    expect(filter).toHaveBeenCalledTimes(1);
  });

  it('marks only what it follows: the cost is the paths’ depth, and a path the value lacks is left out', () => {
    const flat = flattenJson(value);
    const marks = pathMarks(flat, [['plan', 'seats'], ['gone', 'deeper']]);
    // Root, its four members and plan's two: nothing else was flattened.
    expect(flat.values.length).toBe(7);
    expect([...marks].filter(Boolean).length).toBe(3);
  });
});

describe('revealNode', () => {
  it('opens every container above the node, even ones the user closed, and follows it to its row', () => {
    const flat = flattenJson(value);
    const action = revealNode(flat, ['team', 'members', 1]);
    expect(action).toMatchObject({ type: 'reveal', ancestors: [['team'], ['team', 'members']] });
    const state = run([{ type: 'toggle', keys: ['team'], open: false }, action as JsonTreeAction]);
    const rows = shownPaths(flat, state, changed);
    expect(rows).toContain('team.members[1]');
    expect(nodePath(flat, state.followNode as number)).toBe('team.members[1]');
  });

  it('reaches a change the filter’s own expansion had closed, and a top-level node with nothing to open', () => {
    const flat = flattenJson(value);
    const closed = run([
      { type: 'filter', on: true, follow: null },
      { type: 'toggle', keys: ['plan'], open: false },
    ]);
    expect(shownPaths(flat, closed, changed)).not.toContain('plan.seats');
    const revealed = jsonTreeReducer(closed, revealNode(flat, ['plan', 'seats']) as JsonTreeAction);
    expect(shownPaths(flat, revealed, changed)).toContain('plan.seats');
    expect(revealNode(flat, ['role'])).toMatchObject({ ancestors: [] });
    expect(revealNode(flat, ['missing'])).toBeUndefined();
    expect(revealNode(flat, [])).toBeUndefined();
  });
});
