import { isExactNumber, isJsonObject } from './exactJson';
import { METADATA_CATEGORIES } from './HankoUserMetadata';
import type { JsonObject } from './json';
import { parseLosslessly } from './parseLosslessly';

/**
 * Hanko's body with exact numbers kept, for a `text` that holds a number `JSON.parse` would change
 * (`plain` is `JSON.parse`'s reading). Where an object belongs (the body, a category) an exact number is
 * read as the plain number it denotes, so validation reports it like any other wrong shape. Loaded by
 * the client only for such a body, so pages whose metadata has none never download lossless-json.
 */
export function parseExactHankoBody(text: string, plain: unknown): unknown {
  const json = parseLosslessly(text, plain);
  const asPlain = (value: unknown) => (isExactNumber(value) ? Number.parseFloat(value.value) : value);
  if (isJsonObject(json)) {
    for (const category of METADATA_CATEGORIES) {
      if (Object.hasOwn(json, category)) json[category] = asPlain(json[category]) as JsonObject;
    }
  }
  return asPlain(json);
}
