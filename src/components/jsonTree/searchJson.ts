import type { JsonValue } from '../../core/json';
import { type FlatJson, flattenAll, NO_CHILDREN } from './flattenJson';

/** Mark of a node whose own key or primitive value matches. */
export const MATCHES_ITSELF = 1;
/** Mark of a node with a match somewhere below it. */
export const MATCHES_BELOW = 2;

/**
 * Marks the nodes whose key or primitive value matches (`MATCHES_ITSELF`), and each of their ancestors
 * (`MATCHES_BELOW`), one byte per node (a bit set). One pass over the flat arrays (no traversal, no copies: about
 * 10 ms for 100,000 nodes), with the same expression that highlights the matches, so what is shown and
 * what is marked always agree. `pattern` must not be global (`test` would then resume from
 * `lastIndex`). `numbers: false` skips number values, for a query no number can contain (turning 30,000
 * numbers into text costs a third of the pass). `within`: the marks of an earlier search whose query this
 * one contains; only the nodes that matched it can match this one, so only those are tested.
 */
export function searchJson(flat: FlatJson, pattern: RegExp, numbers = true, within?: Uint8Array): Uint8Array {
  // A search looks at every node: the parts of the value never opened are flattened first.
  flattenAll(flat);
  const { keys, values, parents, firstChild } = flat;
  const marks = new Uint8Array(values.length);
  for (let node = 0; node < values.length; node++) {
    if (within && !((within[node] as number) & MATCHES_ITSELF)) continue;
    // Every node is flattened now: `firstChild` tells a primitive apart without asking its value.
    const primitive = firstChild[node] === NO_CHILDREN;
    if (!nodeMatches(keys[node], primitive, values[node] as JsonValue, pattern, numbers)) continue;
    marks[node] = (marks[node] as number) | MATCHES_ITSELF;
    // Stop at the first ancestor already marked: everything above it is marked too.
    let up = parents[node] as number;
    while (up >= 0 && !((marks[up] as number) & MATCHES_BELOW)) {
      marks[up] = (marks[up] as number) | MATCHES_BELOW;
      up = parents[up] as number;
    }
  }
  return marks;
}

/** Whether a node's own key, or its value when it is a primitive, contains the pattern. */
function nodeMatches(
  key: string | number | undefined,
  primitive: boolean,
  value: JsonValue,
  pattern: RegExp,
  numbers: boolean,
) {
  if (typeof key === 'string' && pattern.test(key)) return true;
  if (!primitive) return false;
  // Strings first, the most common value, tested as they are; an ExactNumber is an object, a number too.
  if (typeof value === 'string') return pattern.test(value);
  if (!numbers && (typeof value === 'number' || (typeof value === 'object' && value !== null))) return false;
  return pattern.test(String(value));
}
