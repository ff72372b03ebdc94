import { type FlatJson, isBox } from './flattenJson';

/**
 * Marks the nodes whose key or primitive value matches: bit 1 on the node itself, bit 2 on each of its
 * ancestors. One pass over the flat arrays (no traversal, no copies: about 10 ms for 100,000 nodes), with
 * the same expression that highlights the matches, so what is shown and what is marked always agree.
 * `match` must not be global (`test` would then resume from `lastIndex`). `numbers: false` skips number
 * values, for a query no number can contain (turning 30,000 numbers into text costs a third of the pass).
 */
export function searchJson(flat: FlatJson, match: RegExp, numbers = true): Uint8Array {
  const { k, v, p } = flat;
  const marks = new Uint8Array(v.length);
  for (let x = 0; x < v.length; x++) {
    const key = k[x];
    const value = v[x] as string;
    if (
      (typeof key === 'string' && match.test(key)) ||
      (!isBox(value) && (numbers || typeof value !== 'number') && match.test(String(value)))
    ) {
      marks[x] = (marks[x] as number) | 1;
      // Stop at the first ancestor already marked: everything above it is marked too.
      for (let up = p[x] as number; up >= 0 && !((marks[up] as number) & 2); up = p[up] as number) {
        marks[up] = (marks[up] as number) | 2;
      }
    }
  }
  return marks;
}
