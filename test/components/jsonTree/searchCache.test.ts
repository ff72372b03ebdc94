import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flattenJson } from '../../../src/components/jsonTree/flattenJson';
import { createSearchCache } from '../../../src/components/jsonTree/searchCache';
import { searchJson } from '../../../src/components/jsonTree/searchJson';
import { type SearchPattern, searchPattern } from '../../../src/components/jsonTree/searchPattern';
import type { JsonValue } from '../../../src/core/json';

// Letters in both cases, digits and number characters, so narrowing meets case folding and number text.
const text = fc.string({ unit: fc.constantFrom('a', 'A', 'b', 'ß', 'S', 's', '1', '.', 'e', '-', ' '), maxLength: 5 });
const json: fc.Arbitrary<JsonValue> = fc.letrec<{ value: JsonValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.oneof(text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null)),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(text, tie('value'), { maxKeys: 4 }),
  ),
})).value;
// What a user does in the search box: type a character, delete the last one, or replace the query.
const edit = fc.oneof(
  fc.record({ type: fc.constant('type' as const), character: text.filter((t) => t.length === 1) }),
  fc.record({ type: fc.constant('delete' as const) }),
  fc.record({ type: fc.constant('replace' as const), query: text }),
);

const patternOf = (query: string) => searchPattern(query) as SearchPattern;

describe('createSearchCache', () => {
  it('gives the marks of a full search for every query typed, deleted or replaced, in any order', () => {
    fc.assert(
      fc.property(json, fc.array(edit, { maxLength: 12 }), (value, edits) => {
        const cache = createSearchCache(flattenJson(value));
        let query = '';
        for (const step of edits) {
          if (step.type === 'type') query += step.character;
          else if (step.type === 'delete') query = query.slice(0, -1);
          else query = step.query;
          if (!query) continue;
          const { pattern, canMatchNumbers } = patternOf(query);
          expect(cache(patternOf(query))).toEqual(searchJson(flattenJson(value), pattern, canMatchNumbers));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('tests only the earlier matches when a query contains the last one', () => {
    const value = { status: 'active', state: 'on', x: 'stat', items: ['statement', 'nope'] };
    const flat = flattenJson(value);
    const cache = createSearchCache(flat);
    cache(patternOf('st'));
    const tested: string[] = [];
    const pattern = patternOf('stat');
    // Count what the narrowed search tests through the pattern it is given.
    const counting = new Proxy(pattern.pattern, {
      get: (target, property) =>
        property === 'test'
          ? (input: string) => {
              tested.push(input);
              return target.test(input);
            }
          : Reflect.get(target, property),
    });
    const marks = cache({ ...pattern, pattern: counting });
    expect(marks).toEqual(searchJson(flattenJson(value), pattern.pattern, pattern.canMatchNumbers));
    // "st" matched the keys status and state and the values of x and items[0]: only those nodes are
    // tested again (a node's key first, then its value), never items, "nope", "on" or "active".
    expect(tested).toEqual(['status', 'state', 'x', 'stat', 'statement']);
  });
});
