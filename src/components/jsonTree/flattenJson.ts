import { isExactNumber } from '../../core/exactJson';
import type { JsonObject, JsonValue } from '../../core/json';

/** An object or an array: a JSON value that can have children. */
export type JsonContainer = JsonObject | JsonValue[];

/** An object or an array; `null` and an `ExactNumber` (a number kept as its text) are primitives. */
export const isContainer = (value: JsonValue): value is JsonContainer =>
  typeof value === 'object' &&
  value !== null &&
  // Arrays and plain objects first: the ExactNumber check reads a symbol-keyed property, which costs
  // milliseconds over 100,000 objects of many shapes (a search runs this for every node).
  (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype || !isExactNumber(value));

/** Number of children of a value: 0 for primitives. */
export const childCount = (value: JsonValue): number =>
  isContainer(value) ? (Array.isArray(value) ? value.length : Object.keys(value).length) : 0;

/**
 * Every node of a JSON value in document order (depth first), as parallel arrays indexed by node
 * number: no object per node, about 20 bytes a node. Node 0 is the root. The nodes of a subtree are
 * contiguous, so `ends` lets a walk skip a closed container in one step: the rows shown for any
 * expansion then cost O(rows shown), not O(nodes).
 */
export interface FlatJson {
  /** Key of each node: an object key, an array index, or `undefined` for the root. */
  keys: (string | number | undefined)[];
  values: JsonValue[];
  /** Parent of each node; -1 for the root. */
  parents: number[];
  /** Depth of each node: 0 for the root, 1 for its children (their aria-level). */
  depths: number[];
  /** One past the last node of each node's subtree. */
  ends: number[];
}

/** The members of a container: its keys (`null` for an array, whose keys are indexes) and values. */
export interface ContainerMembers {
  memberKeys: string[] | null;
  members: JsonValue[];
}

/** `Object.keys`/`Object.values` list own members only: `__proto__` is then the user's own key. */
export function membersOf(container: JsonContainer): ContainerMembers {
  if (Array.isArray(container)) return { memberKeys: null, members: container };
  return { memberKeys: Object.keys(container), members: Object.values(container) };
}

/** A container being flattened: its node, its members, and the next member to visit. */
interface OpenContainer extends ContainerMembers {
  node: number;
  next: number;
}

/**
 * Flattens a value of any depth with an explicit stack (no recursion, so a 10,000-deep value cannot
 * overflow the call stack).
 */
export function flattenJson(root: JsonValue): FlatJson {
  const flat: FlatJson = { keys: [undefined], values: [root], parents: [-1], depths: [0], ends: [1] };
  const { keys, values, parents, depths, ends } = flat;
  const stack: OpenContainer[] = [];
  const enter = (node: number, value: JsonValue) => {
    if (!isContainer(value)) return;
    // membersOf inlined: this runs once per container of the value, the hot path of a first render.
    const memberKeys = Array.isArray(value) ? null : Object.keys(value);
    stack.push({ node, memberKeys, members: memberKeys ? Object.values(value) : (value as JsonValue[]), next: 0 });
  };
  enter(0, root);
  for (let container = stack.at(-1); container; container = stack.at(-1)) {
    const node = values.length;
    if (container.next >= container.members.length) {
      ends[container.node] = node;
      stack.pop();
      continue;
    }
    const index = container.next++;
    const member = container.members[index] as JsonValue;
    keys.push(container.memberKeys ? container.memberKeys[index] : index);
    values.push(member);
    parents.push(container.node);
    depths.push((depths[container.node] as number) + 1);
    ends.push(node + 1);
    enter(node, member);
  }
  return flat;
}
