import type { JsonValue } from '../../core/json';
import { type ContainerMembers, isContainer, membersOf } from './flattenJson';

/** A container being written: its members, the next one to write, and the bracket that closes it. */
interface OpenContainer extends ContainerMembers {
  next: number;
  close: ']' | '}';
}

/**
 * `JSON.stringify(value)` without recursion: V8's own throws "Maximum call stack size exceeded" at a
 * few thousand levels of nesting, and a copied value must work at any depth. An explicit stack holds
 * the containers still open.
 */
export function stringifyJson(value: JsonValue): string {
  let text = '';
  const stack: OpenContainer[] = [];
  const write = (item: JsonValue) => {
    if (!isContainer(item)) {
      // An ExactNumber is written as its own text, every digit kept.
      text += typeof item === 'object' && item !== null ? String(item) : JSON.stringify(item);
      return;
    }
    const isArray = Array.isArray(item);
    text += isArray ? '[' : '{';
    stack.push({ next: 0, close: isArray ? ']' : '}', ...membersOf(item) });
  };
  write(value);
  for (let container = stack.at(-1); container; container = stack.at(-1)) {
    if (container.next === container.members.length) {
      text += container.close;
      stack.pop();
      continue;
    }
    const index = container.next++;
    if (index > 0) text += ',';
    if (container.memberKeys) text += `${JSON.stringify(container.memberKeys[index])}:`;
    write(container.members[index] as JsonValue);
  }
  return text;
}
