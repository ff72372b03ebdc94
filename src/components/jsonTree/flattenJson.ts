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

/** `firstChild` of a container whose children are not flattened yet. */
export const NOT_FLATTENED = -1;
/**
 * `firstChild` of a primitive: it has no children. Set when the node is added (for an ExactNumber, an object
 * holding a number's text, only when it is first asked for its children), so walks over 100,000 rows tell primitives apart from containers by reading
 * this array instead of each value (a read of the value's type from all over memory, which cost most of
 * a keystroke's walk).
 */
export const NO_CHILDREN = -2;

/**
 * The nodes of a JSON value as parallel arrays indexed by node number: no object per node, about 24
 * bytes a node. Node 0 is the root. Flattened lazily: a container's children are added, as one block
 * of consecutive nodes, when it is first opened (or searched, or expanded by "Expand all"), so a
 * collapsed value of 100,000 nodes costs only the rows it shows. Node numbers follow the order in
 * which containers were opened, not document order: walks follow `firstChild`/`childEnd`.
 */
export interface FlatJson {
  /** Key of each node: an object key, an array index, or `undefined` for the root. */
  keys: (string | number | undefined)[];
  values: JsonValue[];
  /** Parent of each node; -1 for the root. */
  parents: number[];
  /** Depth of each node: 0 for the root, 1 for its children (their aria-level). */
  depths: number[];
  /** First node of each node's children, once flattened; `NOT_FLATTENED` before, `NO_CHILDREN` for primitives. */
  firstChild: number[];
  /** One past the last node of each node's children, once flattened. */
  childEnd: number[];
}

/** A value with only its root flattened. */
export function flattenJson(root: JsonValue): FlatJson {
  return { keys: [undefined], values: [root], parents: [-1], depths: [0], firstChild: [NOT_FLATTENED], childEnd: [0] };
}

/**
 * Adds a container's children as nodes, once; returns whether the node has children. `Object.keys`
 * and `Object.values` list own members only, so a key such as `__proto__` is the user's own data.
 */
export function flattenChildren(flat: FlatJson, node: number): boolean {
  const first = flat.firstChild[node] as number;
  if (first === NO_CHILDREN) return false;
  if (first !== NOT_FLATTENED) return (flat.childEnd[node] as number) > first;
  const { keys, values, parents, depths, firstChild, childEnd } = flat;
  const value = values[node] as JsonValue;
  // The root, and an ExactNumber (an object), are only found to be primitives here.
  if (!isContainer(value)) {
    firstChild[node] = NO_CHILDREN;
    return false;
  }
  const { memberKeys, members } = membersOf(value);
  const start = values.length;
  const depth = (depths[node] as number) + 1;
  for (let index = 0; index < members.length; index++) {
    keys.push(memberKeys ? memberKeys[index] : index);
    const member = members[index] as JsonValue;
    values.push(member);
    parents.push(node);
    depths.push(depth);
    firstChild.push(typeof member === 'object' && member !== null ? NOT_FLATTENED : NO_CHILDREN);
    childEnd.push(0);
  }
  firstChild[node] = start;
  childEnd[node] = values.length;
  return members.length > 0;
}

/**
 * Flattens every container, for a search or "Expand all". Children are appended after the nodes
 * already there, so one pass over a growing array reaches every node: no recursion, no stack.
 */
export function flattenAll(flat: FlatJson): void {
  for (let node = 0; node < flat.values.length; node++) flattenChildren(flat, node);
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

/** Whether any member of `value` has members of its own: only then can a row of the tree open. */
export const hasNestedMembers = (value: JsonValue): boolean =>
  isContainer(value) && membersOf(value).members.some((member) => childCount(member) > 0);
