import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FlatJson, flattenAll, flattenJson, isContainer } from '../../src/components/jsonTree/flattenJson';
import { JsonTree } from '../../src/components/JsonTree';
import { jsonPath } from '../../src/components/jsonTree/jsonPath';
import { searchJson } from '../../src/components/jsonTree/searchJson';
import { stringifyExactJson } from '../../src/core/stringifyExactJson';
import { visibleRows } from '../../src/components/jsonTree/visibleRows';
import type { JsonValue } from '../../src/core/json';

// Keys and strings that break naive viewers: prototype names, path syntax, bidi and zero-width characters.
const tricky = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  '',
  'a.b',
  '[0]',
  '0',
  '01',
  '["x"]',
  'q"uote',
  'back\\slash',
  '\u202eevil',
  'zero\u200bwidth',
  'new\nline',
  '<script>alert(1)</script>',
  'עברית',
  '👩‍👩‍👧',
);
const key = fc.oneof(tricky, fc.string({ maxLength: 6 }));
const primitive = fc.oneof(
  fc.oneof(tricky, fc.string({ maxLength: 12 })),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(2 ** 53 + 2, -(2 ** 64), 1e308, -0),
  fc.boolean(),
  fc.constant(null),
);
// Objects built with JSON.parse, as from a response: "__proto__" is then an own key, not the prototype.
const json: fc.Arbitrary<JsonValue> = fc
  .letrec<{ value: JsonValue }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      primitive,
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(key, tie('value'), { maxKeys: 4 }),
    ),
  }))
  .value.map((value) => JSON.parse(JSON.stringify(value)) as JsonValue);

/** Reads a path made by jsonPath back, own members only: `.key`, `[0]`, `["key"]`. */
function resolve(root: JsonValue, path: string): JsonValue | undefined {
  let value: JsonValue | undefined = root;
  const token = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|^([A-Za-z_$][\w$]*)/y;
  let at = 0;
  while (at < path.length) {
    token.lastIndex = at;
    const found = token.exec(path);
    if (!found || value === undefined || !isContainer(value)) return undefined;
    at = token.lastIndex;
    if (found[2] !== undefined) {
      if (!Array.isArray(value)) return undefined;
      value = value[Number(found[2])];
    } else {
      const name = found[1] ?? found[4] ?? (JSON.parse(found[3] as string) as string);
      if (Array.isArray(value) || !Object.hasOwn(value, name)) return undefined;
      value = value[name];
    }
  }
  return value;
}

/** Every node of a value flattened whole, in document order (root first), by plain recursion. */
function documentOrder(flat: FlatJson, node = 0, order: number[] = []): number[] {
  order.push(node);
  for (let child = flat.firstChild[node] as number; child >= 0 && child < (flat.childEnd[node] as number); child++) {
    documentOrder(flat, child, order);
  }
  return order;
}

const flattenedWhole = (value: JsonValue) => {
  const flat = flattenJson(value);
  flattenAll(flat);
  return flat;
};

const pathsOf = (value: JsonValue) => {
  const flat = flattenedWhole(value);
  return flat.values.map((_, node) => {
    const keys: (string | number)[] = [];
    for (let x = node; x > 0; x = flat.parents[x] as number) keys.push(flat.keys[x] as string | number);
    return jsonPath(keys.reverse());
  });
};

describe('JsonTree helpers, for any JSON value', () => {
  it('stringifyExactJson gives the same text as JSON.stringify', () => {
    fc.assert(
      fc.property(json, (value) => {
        expect(stringifyExactJson(value)).toBe(JSON.stringify(value));
      }),
      { numRuns: 1000 },
    );
  });

  it('every node gets a distinct path that reads back to exactly that node', () => {
    fc.assert(
      fc.property(json, (value) => {
        const flat = flattenedWhole(value);
        const paths = pathsOf(value);
        expect(new Set(paths).size).toBe(paths.length);
        paths.forEach((path, node) => {
          expect(resolve(value, path)).toBe(flat.values[node]);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('flattening visits every node once, children as one block in member order, walks in document order', () => {
    fc.assert(
      fc.property(json, (value) => {
        const flat = flattenedWhole(value);
        const expected: JsonValue[] = [];
        const walk = (v: JsonValue) => {
          expected.push(v);
          if (isContainer(v)) for (const child of Array.isArray(v) ? v : Object.values(v)) walk(child);
        };
        walk(value);
        const order = documentOrder(flat);
        expect(order.length).toBe(flat.values.length);
        expect(order.map((node) => flat.values[node])).toEqual(expected);
        flat.values.forEach((_, x) => {
          for (let child = flat.firstChild[x] as number; child >= 0 && child < (flat.childEnd[x] as number); child++) {
            expect(flat.parents[child]).toBe(x);
            expect(flat.depths[child]).toBe((flat.depths[x] as number) + 1);
          }
        });
        const rows = visibleRows(flattenJson(value), () => true).rows;
        expect(rows.length).toBe(Math.max(1, flat.values.length - 1));
      }),
      { numRuns: 500 },
    );
  });

  it('a search shows exactly the nodes that match, those inside matched containers, and their ancestors', () => {
    const withQuery = json.chain((value) => {
      const words = flattenedWhole(value).keys.filter((k): k is string => typeof k === 'string' && k !== '');
      const query = words.length
        ? fc.constantFrom(...words).chain((word) => fc.nat({ max: word.length - 1 }).map((i) => word.slice(i, i + 2)))
        : fc.string({ minLength: 1, maxLength: 2 });
      return fc.tuple(fc.constant(value), query);
    });
    fc.assert(
      fc.property(withQuery, ([value, query]) => {
        const flat = flattenedWhole(value);
        const match = new RegExp(`(${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`, 'i');
        const marks = searchJson(flat, match);
        // What matches is the expression's business; which rows that shows is what is checked here.
        const self = (x: number) => {
          const k = flat.keys[x];
          const v = flat.values[x] as JsonValue;
          return (typeof k === 'string' && match.test(k)) || (!isContainer(v) && match.test(String(v)));
        };
        // Expected, by brute force: shown = self-match, or an ancestor's key matched, or a descendant matches.
        const shown = (x: number) => {
          for (let y = x; y > 0; y = flat.parents[y] as number)
            if (self(y) && (y === x || isContainer(flat.values[y] as JsonValue))) return true;
          return documentOrder(flat, x).slice(1).some(self);
        };
        const rows = visibleRows(flat, () => true, marks).rows;
        if (flat.values.length === 1) return;
        const expected = documentOrder(flat).filter((x) => x > 0 && shown(x));
        expect([...rows]).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('JsonTree renders any JSON value', () => {
  it('without throwing, every key shown exactly as text, every row with consistent ARIA', () => {
    fc.assert(
      fc.property(json, (value) => {
        cleanup();
        render(<JsonTree label="Data" value={value} defaultExpandDepth={Infinity} height={100_000} />);
        const flat = flattenedWhole(value);
        const order = documentOrder(flat);
        const rows = screen.getAllByRole('treeitem');
        expect(rows).toHaveLength(Math.max(1, flat.values.length - 1));
        rows.forEach((row, i) => {
          const x = flat.values.length === 1 ? 0 : (order[i + 1] as number);
          const k = flat.keys[x];
          const shownKey = row.querySelector('.rum-json-key')?.textContent;
          expect(shownKey).toBe(k === undefined ? undefined : String(k));
          expect(row.getAttribute('aria-level')).toBe(String(Math.max(1, flat.depths[x] as number)));
          expect(Number(row.getAttribute('aria-posinset'))).toBeLessThanOrEqual(
            Number(row.getAttribute('aria-setsize')),
          );
        });
        expect(document.querySelector('script, img')).toBeNull();
        // Typing any of the keys never throws either.
        const firstKey = flat.keys.find((k): k is string => typeof k === 'string');
        if (firstKey) fireEvent.change(screen.getByRole('searchbox'), { target: { value: firstKey } });
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});
