import type { JsonValue } from '../core/json';
import { flattenJson, isBox } from './flattenJson';

/**
 * `JSON.stringify(value)` without recursion: V8's own throws "Maximum call stack size exceeded" at a
 * few thousand levels of nesting, and a copied value must work at any depth. Walks the flattened
 * value in document order, closing each container where its subtree ends.
 */
export function stringifyJson(value: JsonValue): string {
  const { k, v, p, e } = flattenJson(value);
  const open: number[] = [];
  let out = '';
  for (let x = 0; ; x++) {
    for (let last = open.at(-1); last !== undefined && (e[last] as number) <= x; last = open.at(-1)) {
      out += Array.isArray(v[last]) ? ']' : '}';
      open.pop();
    }
    if (x === v.length) return out;
    // A node right after its parent is the first child; the others follow a comma.
    if (x > (p[x] as number) + 1) out += ',';
    const key = k[x];
    if (typeof key === 'string') out += `${JSON.stringify(key)}:`;
    const item = v[x] as JsonValue;
    if (isBox(item)) {
      out += Array.isArray(item) ? '[' : '{';
      open.push(x);
    } else out += JSON.stringify(item);
  }
}
