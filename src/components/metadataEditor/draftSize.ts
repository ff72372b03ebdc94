import { isExactNumber } from '../../core/exactJson';
import type { JsonObject, JsonValue } from '../../core/json';

// Sizes of containers already measured. An edit copies only the containers on its path, so after one
// the others are found here and a commit costs the path, not the category: at 100k nodes, well under
// a millisecond against a full count's tens.
const containerSizes = new WeakMap<object, number>();

/** Members measured between two looks at the clock (by default). */
const MEMBERS_PER_CHECK = 512;

/** Code points of a text: each surrogate pair (an emoji) is one, as Hanko counts. */
function codePoints(text: string): number {
  let pairs = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) pairs++;
    }
  }
  return text.length - pairs;
}

/** The size of a value that is not a container, or of one measured before; `undefined` for a container still to measure. */
function knownSize(value: JsonValue | undefined): number | undefined {
  switch (typeof value) {
    case 'string':
      return codePoints(JSON.stringify(value));
    case 'number':
      return JSON.stringify(value).length;
    case 'boolean':
      return value ? 4 : 5;
    // `undefined` (a hole in an array) is written as null, as JSON.stringify does.
    case 'undefined':
      return 4;
  }
  if (value === null) return 4;
  if (isExactNumber(value)) return codePoints(value.value);
  return containerSizes.get(value);
}

/** A container being measured: its members so far (opening bracket included) and where it stopped. */
interface Frame {
  container: JsonObject | JsonValue[];
  /** An object's keys; `undefined` for an array. */
  keys: string[] | undefined;
  next: number;
  members: number;
  size: number;
}

const frameOf = (container: JsonObject | JsonValue[]): Frame => ({
  container,
  keys: Array.isArray(container) ? undefined : Object.keys(container),
  next: 0,
  members: 0,
  size: 1,
});

/** A size being counted, a slice at a time: `run` goes on until `pause()` says stop, and gives the size once it is known. */
export interface SizeCount {
  run: (pause: () => boolean) => number | undefined;
}

/**
 * Counts `metadataSize(value)` (characters of compact JSON, code points) member by member with a
 * stack of its own, so it can stop when `pause()` (asked every `membersPerCheck` members) says and go
 * on at the next `run`. Every container it finishes is remembered, so counting a draft after an edit
 * re-measures only what the edit copied.
 */
export function countDraftSize(value: JsonValue, membersPerCheck = MEMBERS_PER_CHECK): SizeCount {
  let result = knownSize(value);
  const stack: Frame[] = result === undefined ? [frameOf(value as JsonObject | JsonValue[])] : [];
  const run = (pause: () => boolean) => {
    let sincePause = 0;
    while (stack.length) {
      const frame = stack[stack.length - 1] as Frame;
      const { container, keys } = frame;
      const length = keys ? keys.length : (container as JsonValue[]).length;
      if (frame.next === length) {
        stack.pop();
        const size = frame.size + 1;
        containerSizes.set(container, size);
        const parent = stack[stack.length - 1];
        if (parent) parent.size += size;
        else result = size;
        continue;
      }
      const key = keys?.[frame.next];
      frame.next++;
      const member = key === undefined ? (container as JsonValue[])[frame.next - 1] : (container as JsonObject)[key];
      // An object member left `undefined` is not written.
      if (key !== undefined && member === undefined) continue;
      frame.size += (frame.members ? 1 : 0) + (key === undefined ? 0 : codePoints(JSON.stringify(key)) + 1);
      frame.members++;
      const size = knownSize(member);
      if (size === undefined) stack.push(frameOf(member as JsonObject | JsonValue[]));
      else frame.size += size;
      if (++sincePause === membersPerCheck) {
        sincePause = 0;
        if (pause()) return undefined;
      }
    }
    return result;
  };
  return { run };
}

/** `metadataSize(value)` counted at once (see `countDraftSize`). */
export function draftSize(value: JsonValue): number {
  return countDraftSize(value).run(() => false) as number;
}
