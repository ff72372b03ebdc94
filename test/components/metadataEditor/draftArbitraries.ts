import fc from 'fast-check';
import { valueAt } from '../../../src/core/editAtPath';
import { isJsonObject } from '../../../src/core/exactJson';
import { METADATA_CATEGORIES } from '../../../src/core/HankoUserMetadata';
import type { JsonValue } from '../../../src/core/json';
import { parseExactJson } from '../../../src/core/parseExactJson';
import { toContainer } from '../../../src/components/metadataEditor/jsonValueType';
import type { MetadataDraftAction, PastedJson } from '../../../src/components/metadataEditor/metadataDraftReducer';
import type { MetadataDraft, MetadataPath } from '../../../src/components/metadataEditor/metadataDraftState';
import { jsonValue, metadataKey } from '../../core/metadataArbitraries';

/** Every path of a draft: the categories, then each member below them, in document order. */
export function draftPaths(draft: MetadataDraft): MetadataPath[] {
  const paths: MetadataPath[] = [];
  const walk = (value: JsonValue, path: MetadataPath) => {
    paths.push(path);
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
    else if (isJsonObject(value)) for (const key of Object.keys(value)) walk(value[key] as JsonValue, [...path, key]);
  };
  for (const category of METADATA_CATEGORIES) walk(draft[category], [category]);
  return paths;
}

/**
 * An action as numbers and values, turned into a real action against the draft it meets (its path
 * picked among the draft's paths), so random sequences keep hitting members that exist.
 */
export interface ActionSeed {
  kind: number;
  pathPick: number;
  key: string;
  value: JsonValue;
  text: string;
}

export const actionSeed: fc.Arbitrary<ActionSeed> = fc.record({
  kind: fc.nat(9),
  pathPick: fc.nat(),
  key: metadataKey,
  value: jsonValue,
  text: fc.oneof(jsonValue.map((value) => JSON.stringify(value) ?? 'null'), fc.constantFrom('{', '[1,', '1.0', '{"a":null}')),
});

/** What the editor reads from pasted text, exactly (as once the lossless parser has loaded). */
export function pastedJson(text: string): PastedJson {
  try {
    return { ok: true, value: parseExactJson(text) as JsonValue };
  } catch {
    return { ok: false, reason: 'invalid-json' };
  }
}

/** The row form's change of a value's type to a container: an array to an object, anything else to an array. */
function containerChange(draft: MetadataDraft, [category, ...keys]: MetadataPath): MetadataDraftAction {
  const current = valueAt(draft[category], keys) as JsonValue;
  return { type: 'setValue', path: [category, ...keys], value: toContainer(current, Array.isArray(current) ? 'object' : 'array') };
}

export function actionFrom(seed: ActionSeed, draft: MetadataDraft): MetadataDraftAction {
  const paths = draftPaths(draft);
  const path = paths[seed.pathPick % paths.length] as MetadataPath;
  switch (seed.kind) {
    case 0:
      return { type: 'setValue', path, value: seed.value };
    case 1:
      return containerChange(draft, path);
    case 2:
      return { type: 'rename', path, key: seed.key };
    case 3:
      return { type: 'add', path, key: seed.key, value: seed.value };
    case 4:
      return { type: 'remove', path };
    case 5:
      return { type: 'paste', path, json: pastedJson(seed.text) };
    case 6:
      return { type: 'undo' };
    case 7:
      return { type: 'redo' };
    case 8:
      return { type: 'add', path };
    default:
      return { type: 'revealPrivate', revealed: seed.pathPick % 2 === 0 };
  }
}

