import type { JsonValue } from '../core/json';
import { isBox, type JsonBox } from './flattenJson';

/**
 * `JSON.stringify(value)` without recursion: V8's own throws "Maximum call stack size exceeded" at a
 * few thousand levels of nesting, and a copied value must work at any depth.
 */
export function stringifyJson(value: JsonValue): string {
  if (!isBox(value)) return JSON.stringify(value);
  let out = '';
  const stack: { b: JsonBox; k: string[] | null; n: number }[] = [];
  let next: JsonBox | undefined = value;
  for (;;) {
    if (next) {
      const keys = Array.isArray(next) ? null : Object.keys(next);
      out += keys ? '{' : '[';
      stack.push({ b: next, k: keys, n: 0 });
      next = undefined;
    }
    const frame = stack[stack.length - 1];
    if (!frame) return out;
    const keys = frame.k;
    if (frame.n >= (keys ? keys.length : (frame.b as JsonValue[]).length)) {
      out += keys ? '}' : ']';
      stack.pop();
      continue;
    }
    const key = keys ? (keys[frame.n] as string) : frame.n;
    if (frame.n++) out += ',';
    if (keys) out += `${JSON.stringify(key)}:`;
    const child = (frame.b as Record<string | number, JsonValue>)[key] as JsonValue;
    if (isBox(child)) next = child;
    else out += JSON.stringify(child);
  }
}
