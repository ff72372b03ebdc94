import type { FlatJson } from './flattenJson';

// A key can follow a dot when it is a plain identifier. `__proto__` is kept in brackets: as a dotted
// path, tools that assign through it would reach the prototype instead of the user's own member.
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * The path of a value, in JavaScript accessor syntax: `public_metadata.tags[0]`,
 * `public_metadata["a.b"]`, `["__proto__"]`, `[""]`. Quoted keys use JSON string escapes, so every
 * path names exactly one member: `["0"]` (an object key) never reads like `[0]` (an array index).
 */
export function jsonPath(keys: readonly (string | number)[], prefix = ''): string {
  let path = prefix;
  for (const key of keys) {
    path +=
      typeof key === 'number'
        ? `[${key}]`
        : IDENTIFIER.test(key) && key !== '__proto__'
          ? (path ? '.' : '') + key
          : `[${JSON.stringify(key)}]`;
  }
  return path;
}

/** The keys from the root to a node of a flattened value. */
export function nodeKeys(flat: FlatJson, node: number): (string | number)[] {
  const keys: (string | number)[] = [];
  for (let at = node; at > 0; at = flat.parents[at] as number) keys.push(flat.keys[at] as string | number);
  return keys.reverse();
}

/** The paths of the containers above the member at `keys`, outermost first (`[a]`, `[a, b]` for `[a, b, c]`). */
export const ancestorPaths = (keys: readonly (string | number)[]): (string | number)[][] =>
  keys.slice(0, -1).map((_, index) => keys.slice(0, index + 1));

/** The path of a node of a flattened value. */
export const nodePath = (flat: FlatJson, node: number, prefix = ''): string => jsonPath(nodeKeys(flat, node), prefix);
