import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOpenIn, OPEN_MATCHES, resolveToggles, type ToggledNode } from '../../../src/components/jsonTree/expansion';
import { type FlatJson, flattenJson } from '../../../src/components/jsonTree/flattenJson';
import { jsonPath, nodeKeys } from '../../../src/components/jsonTree/jsonPath';
import { createRowsCache } from '../../../src/components/jsonTree/rowsCache';
import { createSearchCache } from '../../../src/components/jsonTree/searchCache';
import { searchPattern } from '../../../src/components/jsonTree/searchPattern';
import { type VisibleRows, visibleRows } from '../../../src/components/jsonTree/visibleRows';
import type { JsonValue } from '../../../src/core/json';

const key = fc.constantFrom('a', 'b', 'ab', 'x', '0', '');
const json: fc.Arbitrary<JsonValue> = fc.letrec<{ value: JsonValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(fc.constantFrom('a', 'ab', 'b'), fc.integer({ min: 0, max: 20 }), fc.boolean(), fc.constant(null)),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 4 }),
  ),
})).value;
// What a user does: toggle the nth row shown (any row: a primitive's toggle changes nothing), search,
// clear the search, expand or collapse all.
const step = fc.oneof(
  { weight: 6, arbitrary: fc.record({ type: fc.constant('toggle' as const), row: fc.nat(), open: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('search' as const), query: fc.constantFrom('', 'a', 'ab', 'b', '1') }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('depth' as const), depth: fc.constantFrom(0, 1, 2, Number.POSITIVE_INFINITY) }) },
);

/** What a row shows of its node: the node, its aria-posinset and aria-setsize. */
const shown = (flat: FlatJson, { rows, posInSet, setSize }: VisibleRows) =>
  rows.map((node) => [node, posInSet[node], node > 0 ? setSize[flat.parents[node] as number] : 0]);

describe('createRowsCache', () => {
  it('gives the rows and set positions of a full walk after any toggles, searches and expand or collapse all', () => {
    fc.assert(
      fc.property(json, fc.array(step, { maxLength: 14 }), (value, steps) => {
        const flat = flattenJson(value);
        const cache = createRowsCache(flat);
        const search = createSearchCache(flat);
        // The tree's state as the reducer keeps it: browsing and searching expansions, by path.
        let query = '';
        const expansions = { browsing: { depth: 1, toggled: new Map<string, ToggledNode>() }, searching: { depth: OPEN_MATCHES, toggled: new Map<string, ToggledNode>() } };
        let current = cache({ depth: 1, toggled: new Map(), marks: null });
        for (const action of steps) {
          const expansion = query ? expansions.searching : expansions.browsing;
          if (action.type === 'toggle' && current.rows.length) {
            const keys = nodeKeys(flat, current.rows[action.row % current.rows.length] as number);
            expansion.toggled = new Map(expansion.toggled).set(jsonPath(keys), { keys, open: action.open });
          } else if (action.type === 'search') {
            query = action.query;
            expansions.searching = { depth: OPEN_MATCHES, toggled: new Map() };
          } else if (action.type === 'depth') {
            expansion.depth = action.depth;
            expansion.toggled = new Map();
          }
          const { depth, toggled } = query ? expansions.searching : expansions.browsing;
          const pattern = searchPattern(query);
          const marks = pattern && search(pattern);
          const toggledNodes = resolveToggles(flat, toggled);
          current = cache({ depth, toggled: toggledNodes, marks });
          const walked = visibleRows(flat, isOpenIn(depth, toggledNodes, flat.depths, marks), marks);
          expect(shown(flat, current)).toEqual(shown(flat, walked));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('re-walks only below the container toggled, and gives back the browsing rows when a search is cleared', () => {
    const flat = flattenJson({ a: { b: 1, c: { d: 2 } }, e: [3, 4] });
    const cache = createRowsCache(flat);
    const all = cache({ depth: Number.POSITIVE_INFINITY, toggled: new Map(), marks: null });
    const a = all.rows[0] as number;
    const closed = cache({ depth: Number.POSITIVE_INFINITY, toggled: new Map([[a, false]]), marks: null });
    expect(closed.rows.map((node) => flat.keys[node])).toEqual(['a', 'e', 0, 1]);
    const browsing = cache({ depth: Number.POSITIVE_INFINITY, toggled: new Map([[a, false]]), marks: null });
    expect(browsing).toBe(closed);
    const marks = createSearchCache(flat)(searchPattern('d') as NonNullable<ReturnType<typeof searchPattern>>);
    cache({ depth: OPEN_MATCHES, toggled: new Map(), marks });
    // Back to browsing with the same toggles: the rows from before the search, not a new walk.
    expect(cache({ depth: Number.POSITIVE_INFINITY, toggled: new Map([[a, false]]), marks: null })).toBe(closed);
  });
});
