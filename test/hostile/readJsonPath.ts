/**
 * Reads a path as the inspector copies it (`public_metadata.tags[0]["a.b"]`) and walks `root` by it,
 * own members only. Strict on purpose: `[n]` only indexes arrays, `.name` and `["key"]` only read
 * objects, `__proto__` must be quoted, and anything that is not one of those forms fails. Returns the keys walked, so a
 * test can check the path named exactly the node it was copied from; `undefined` when it names none.
 */
export function readJsonPath(root: unknown, path: string): { keys: (string | number)[]; value: unknown } | undefined {
  const token = /^(?:([A-Za-z_$][\w$]*)|\.([A-Za-z_$][\w$]*)|\[(0|[1-9]\d*)\]|\[("(?:[^"\\]|\\.)*")\])/;
  const keys: (string | number)[] = [];
  let value = root;
  let rest = path;
  while (rest.length > 0) {
    const found = token.exec(rest);
    // A bare name is allowed only at the start (the category prefix).
    if (!found || (found[1] !== undefined && keys.length > 0)) return undefined;
    rest = rest.slice(found[0].length);
    if (typeof value !== 'object' || value === null) return undefined;
    if (found[3] !== undefined) {
      if (!Array.isArray(value)) return undefined;
      const index = Number(found[3]);
      if (index >= value.length) return undefined;
      keys.push(index);
      value = value[index];
      continue;
    }
    const name = found[1] ?? found[2] ?? (JSON.parse(found[4] as string) as string);
    // In JavaScript, `x.__proto__` is the prototype: only the quoted form names an own `__proto__` key.
    if (found[4] === undefined && name === '__proto__') return undefined;
    if (Array.isArray(value) || !Object.hasOwn(value, name)) return undefined;
    keys.push(name);
    value = Object.getOwnPropertyDescriptor(value, name)?.value;
  }
  return { keys, value };
}
