import { isExactNumber, isJsonObject } from './exactJson';

/** A container being written: itself, its keys (`null` for an array), its members, the next one to write. */
interface OpenContainer {
  value: object;
  keys: string[] | null;
  members: readonly unknown[];
  next: number;
}

/**
 * Compact JSON with each `ExactNumber` written as its text. `sortKeys` orders object keys by code unit,
 * which makes the canonical form two equal values share. Meant for JSON values (metadata, patches);
 * `undefined` members are left out and `undefined` elsewhere written as `null`, as `JSON.stringify` does.
 * Without recursion, so that it works at any depth (the tree copies any value it shows; the editor
 * measures what is pasted): V8's own `JSON.stringify` throws "Maximum call stack size exceeded" at a few
 * thousand levels of nesting. An explicit stack holds the containers still open.
 * Throws a `TypeError`, as `JSON.stringify` does, on a value that contains itself: without recursion
 * nothing else would stop the loop before memory runs out.
 */
export function stringifyExactJson(value: unknown, sortKeys = false): string {
  let text = '';
  const stack: OpenContainer[] = [];
  // The containers on the stack: a container met again while still open is a cycle. One written twice
  // side by side (a shared, non-cyclic member) has closed by then and is written again.
  const open = new Set<object>();
  const openContainer = (container: object, keys: string[] | null, members: readonly unknown[]) => {
    if (open.has(container)) throw new TypeError('Converting circular structure to JSON');
    open.add(container);
    stack.push({ value: container, keys, members, next: 0 });
  };
  const write = (item: unknown) => {
    if (isExactNumber(item)) {
      text += item.value;
    } else if (Array.isArray(item)) {
      openContainer(item, null, item);
      text += '[';
    } else if (isJsonObject(item)) {
      const keys = Object.keys(item).filter((key) => item[key] !== undefined);
      if (sortKeys) keys.sort();
      openContainer(item, keys, keys.map((key) => item[key]));
      text += '{';
    } else {
      // `undefined` (in an array or at the top) is written as null, as JSON.stringify does in arrays.
      text += JSON.stringify(item) ?? 'null';
    }
  };
  write(value);
  for (let container = stack.at(-1); container; container = stack.at(-1)) {
    if (container.next === container.members.length) {
      text += container.keys ? '}' : ']';
      stack.pop();
      open.delete(container.value);
      continue;
    }
    const index = container.next++;
    if (index > 0) text += ',';
    if (container.keys) text += `${JSON.stringify(container.keys[index])}:`;
    write(container.members[index]);
  }
  return text;
}
