import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flattenJson, isContainer, NO_CHILDREN, NOT_FLATTENED } from '../../../src/components/jsonTree/flattenJson';
import { jsonPath, nodeKeys } from '../../../src/components/jsonTree/jsonPath';
import { searchJson } from '../../../src/components/jsonTree/searchJson';
import { searchPattern } from '../../../src/components/jsonTree/searchPattern';
import { visibleRows } from '../../../src/components/jsonTree/visibleRows';
import type { JsonValue } from '../../../src/core/json';

const key = fc.oneof(fc.constantFrom('a', 'b', 'ab', '0', '__proto__', 'a.b', ''), fc.string({ maxLength: 3 }));
const json: fc.Arbitrary<JsonValue> = fc
  .letrec<{ value: JsonValue }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.oneof(fc.constantFrom('a', 'ab', 'b'), fc.integer(), fc.boolean(), fc.constant(null)),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(key, tie('value'), { maxKeys: 4 }),
    ),
  }))
  .value.map((value) => JSON.parse(JSON.stringify(value)) as JsonValue);

interface Row {
  path: string;
  level: number;
  posInSet: number;
  setSize: number;
}

/**
 * The rows the eager model showed, by plain recursion over the value itself: containers whose path
 * `isOpen` accepts are entered; while searching, a node shows when it or something below it matches,
 * or when an open container above it matched itself.
 */
function eagerRows(value: JsonValue, isOpen: (path: string) => boolean, pattern: RegExp | null): Row[] {
  const matchesItself = (nodeKey: string | number, item: JsonValue) =>
    !!pattern &&
    ((typeof nodeKey === 'string' && pattern.test(nodeKey)) || (!isContainer(item) && pattern.test(String(item))));
  const membersOf = (item: JsonValue): [string | number, JsonValue][] =>
    !isContainer(item) ? [] : Array.isArray(item) ? item.map((child, index) => [index, child]) : Object.entries(item);
  const matchesWithin = (nodeKey: string | number, item: JsonValue): boolean =>
    matchesItself(nodeKey, item) || membersOf(item).some(([k, child]) => matchesWithin(k, child));
  const rows: Row[] = [];
  const visit = (item: JsonValue, keys: (string | number)[], showAll: boolean) => {
    const shown = membersOf(item).filter(([k, child]) => showAll || matchesWithin(k, child));
    shown.forEach(([k, child], index) => {
      const path = jsonPath([...keys, k]);
      rows.push({ path, level: keys.length + 1, posInSet: index + 1, setSize: shown.length });
      if (isOpen(path) && isContainer(child)) visit(child, [...keys, k], showAll || matchesItself(k, child));
    });
  };
  visit(value, [], !pattern);
  return rows;
}

describe('lazy flattening', () => {
  it('shows the same rows, levels and set positions as the eager model, for any value, expansion and search', () => {
    const query = fc.option(fc.constantFrom('a', 'b', 'ab', '1', 'tr'), { nil: null });
    const scenario = fc.tuple(json, fc.func(fc.boolean()), query);
    fc.assert(
      fc.property(scenario, ([value, opens, query]) => {
        const isOpen = (path: string) => opens(path);
        const search = query ? searchPattern(query) : null;
        const flat = flattenJson(value);
        const marks = search && searchJson(flat, search.pattern);
        const open = (node: number) => isOpen(jsonPath(nodeKeys(flat, node)));
        const { rows, posInSet, setSize } = visibleRows(flat, open, marks);
        const lazy = rows
          .filter((node) => node > 0)
          .map((node) => ({
            path: jsonPath(nodeKeys(flat, node)),
            level: flat.depths[node],
            posInSet: posInSet[node],
            setSize: setSize[flat.parents[node] as number],
          }));
        expect(lazy).toEqual(eagerRows(value, isOpen, search?.pattern ?? null));
      }),
      { numRuns: 1000 },
    );
  });

  it('flattens only the containers it opens: a closed container keeps its children out of the arrays', () => {
    fc.assert(
      fc.property(json, fc.func(fc.boolean()), (value, opens) => {
        const flat = flattenJson(value);
        const open = (node: number) => opens(jsonPath(nodeKeys(flat, node)));
        const { rows } = visibleRows(flat, open);
        const entered = new Set(
          rows.filter((node) => node > 0 && open(node) && isContainer(flat.values[node] as JsonValue)),
        );
        // Children flattened (firstChild >= 0): only an entered container; a primitive is NO_CHILDREN from the start.
        const hasFlattenedChildren = (node: number) => (flat.firstChild[node] as number) >= 0;
        flat.values.forEach((_, node) => {
          if (node > 0 && hasFlattenedChildren(node)) expect(entered.has(node)).toBe(true);
          if (!isContainer(flat.values[node] as JsonValue)) expect(flat.firstChild[node]).toBe(NO_CHILDREN);
          else if (!entered.has(node) && node > 0) expect(flat.firstChild[node]).toBe(NOT_FLATTENED);
        });
        // Every node in the arrays is the root or a child of a container that was opened.
        const flattened = [0, ...entered].filter(hasFlattenedChildren);
        const children = flattened.reduce(
          (sum, node) => sum + (flat.childEnd[node] as number) - (flat.firstChild[node] as number),
          0,
        );
        expect(flat.values.length).toBe(1 + children);
      }),
      { numRuns: 500 },
    );
  });
});
