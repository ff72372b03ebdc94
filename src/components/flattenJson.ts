import type { JsonObject, JsonValue } from '../core/json';

/** An object or an array: a JSON value that has children. */
export type JsonBox = JsonObject | JsonValue[];

export const isBox = (value: JsonValue): value is JsonBox => typeof value === 'object' && value !== null;

/** Number of children of a value: 0 for primitives. */
export const sizeOf = (value: JsonValue): number =>
  isBox(value) ? (Array.isArray(value) ? value.length : Object.keys(value).length) : 0;

/**
 * Every node of a JSON value in document order (depth first), as parallel arrays indexed by node
 * number: no object per node, about 20 bytes a node. Node 0 is the root. The nodes of a subtree are
 * contiguous, so `e` (where a subtree ends) lets a walk skip a closed container in one step: the
 * rows shown for any expansion then cost O(shown rows), not O(nodes).
 */
export interface FlatJson {
  /** Key of each node: an object key, an array index, or `undefined` for the root. */
  k: (string | number | undefined)[];
  v: JsonValue[];
  /** Parent node; -1 for the root. */
  p: number[];
  /** Depth: 0 for the root, 1 for its children (their aria-level). */
  d: number[];
  /** One past the last node of the subtree. */
  e: number[];
}

/**
 * Flattens a value of any depth with an explicit stack (no recursion, so a 10,000-deep value cannot
 * overflow the call stack). `Object.keys`/`Object.values` only list own members, so a key such as
 * `__proto__` or `constructor` is the user's own data, never the prototype's.
 */
export function flattenJson(root: JsonValue): FlatJson {
  const flat: FlatJson = { k: [undefined], v: [root], p: [-1], d: [0], e: [1] };
  const { k, v, p, d, e } = flat;
  const stack: { x: number; k: string[] | null; v: JsonValue[]; n: number }[] = [];
  const enter = (x: number, value: JsonValue) => {
    if (!isBox(value)) return;
    const keys = Array.isArray(value) ? null : Object.keys(value);
    stack.push({ x, k: keys, v: keys ? Object.values(value) : (value as JsonValue[]), n: 0 });
  };
  enter(0, root);
  while (stack.length) {
    const frame = stack[stack.length - 1] as (typeof stack)[number];
    const x = v.length;
    if (frame.n >= frame.v.length) {
      e[frame.x] = x;
      stack.pop();
      continue;
    }
    const n = frame.n++;
    k.push(frame.k ? frame.k[n] : n);
    v.push(frame.v[n] as JsonValue);
    p.push(frame.x);
    d.push((d[frame.x] as number) + 1);
    e.push(x + 1);
    enter(x, frame.v[n] as JsonValue);
  }
  return flat;
}
