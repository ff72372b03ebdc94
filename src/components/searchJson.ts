import { type FlatJson, isBox } from './flattenJson';

/**
 * Marks the nodes that match `query` (case-insensitive, in keys and primitive values): bit 1 on the
 * node itself, bit 2 on every ancestor. The first search joins all keys and values into one lowercase
 * text; each search is then a native `indexOf` scan of it, fast enough for every keystroke.
 */
export function searchJson(flat: FlatJson, query: string): Uint8Array {
  const { k, v, p } = flat;
  const end = v.length;
  if (!flat.s) {
    // Each node's key and value end in "\0", which no typed query holds: a match never spans two nodes.
    const parts: string[] = [];
    const starts = new Int32Array(end + 1);
    let length = 0;
    for (let x = 0; x < end; x++) {
      const key = k[x];
      const value = v[x] as string;
      const part = `${typeof key === 'string' ? key : ''}\0${isBox(value) ? '' : String(value)}\0`.toLowerCase();
      starts[x] = length;
      length += part.length;
      parts.push(part);
    }
    starts[end] = length;
    flat.s = { text: parts.join(''), starts };
  }
  const { text, starts } = flat.s;
  const marks = new Uint8Array(end);
  const needle = query.toLowerCase();
  let x = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, starts[x + 1])) {
    while ((starts[x + 1] as number) <= at) x++;
    marks[x] = (marks[x] as number) | 1;
    for (let up = p[x] as number; up >= 0 && !((marks[up] as number) & 2); up = p[up] as number) {
      marks[up] = (marks[up] as number) | 2;
    }
  }
  return marks;
}
