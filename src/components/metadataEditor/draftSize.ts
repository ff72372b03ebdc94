import { isExactNumber, stringifyExactJson } from '../../core/exactJson';
import type { JsonObject, JsonValue } from '../../core/json';

// Sizes of containers already measured. An edit copies only the containers on its path, so after one
// the others are found here and a commit costs the path, not the category: at 100k nodes, well under
// a millisecond against a full count's hundreds.
const containerSizes = new WeakMap<object, number>();

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

/**
 * `metadataSize(value)` (characters of compact JSON, code points) computed member by member and
 * remembered per container, so measuring a draft after an edit re-measures only what the edit copied.
 */
export function draftSize(value: JsonValue): number {
  if (typeof value !== 'object' || value === null || isExactNumber(value)) return codePoints(stringifyExactJson(value));
  const known = containerSizes.get(value);
  if (known !== undefined) return known;
  let size = 2;
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      size += (index ? 1 : 0) + draftSize(item);
    });
  } else {
    const object = value as JsonObject;
    let first = true;
    for (const key of Object.keys(object)) {
      const member = object[key];
      if (member === undefined) continue;
      size += (first ? 0 : 1) + codePoints(JSON.stringify(key)) + 1 + draftSize(member);
      first = false;
    }
  }
  containerSizes.set(value, size);
  return size;
}
