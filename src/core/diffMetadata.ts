import type { JsonKey } from './editAtPath';
import { isJsonObject, jsonEqual } from './exactJson';
import { type HankoUserMetadata, METADATA_CATEGORIES, type MetadataCategory } from './HankoUserMetadata';
import type { JsonObject, JsonValue } from './json';

/** How a member differs between two versions of metadata. */
export type MetadataChangeKind = 'added' | 'removed' | 'changed';

/** One difference: the member at `path` (its category first) was added, removed or changed. */
export interface MetadataChange {
  path: readonly [MetadataCategory, ...JsonKey[]];
  kind: MetadataChangeKind;
  /** The value in the base; absent when added. */
  before?: JsonValue;
  /** The value in the draft; absent when removed. */
  after?: JsonValue;
}

/**
 * The members that differ between `base` and `draft`, as a flat list in tree order: per category,
 * the draft's members in their order, each followed by the base members removed from the same
 * container. Objects and arrays on both sides are compared member by member (arrays index by index),
 * so a change is reported at the deepest path that differs; a value that changes type is one change.
 * A missing category counts as an empty one. Subtrees shared by identity are skipped, which keeps a
 * diff against an edited copy proportional to the edit.
 */
export function diffMetadata(
  base: HankoUserMetadata | null | undefined,
  draft: HankoUserMetadata | null | undefined,
): MetadataChange[] {
  const changes: MetadataChange[] = [];
  for (const category of METADATA_CATEGORIES) {
    const path: [MetadataCategory, ...JsonKey[]] = [category];
    diffContainers(base?.[category] ?? {}, draft?.[category] ?? {}, path, changes);
  }
  return changes;
}

/** Adds the changes between two containers of one type; `path` is theirs and is restored on return. */
function diffContainers(
  before: JsonObject | JsonValue[],
  after: JsonObject | JsonValue[],
  path: [MetadataCategory, ...JsonKey[]],
  changes: MetadataChange[],
): void {
  if (before === after) return;
  if (Array.isArray(before) && Array.isArray(after)) {
    for (let index = 0; index < after.length; index++) {
      diffMember(index < before.length, before[index], after[index] as JsonValue, index, path, changes);
    }
    for (let index = after.length; index < before.length; index++) {
      changes.push({ path: [...path, index], kind: 'removed', before: before[index] as JsonValue });
    }
    return;
  }
  const beforeObject = before as JsonObject;
  const afterObject = after as JsonObject;
  for (const key of Object.keys(afterObject)) {
    const existed = Object.hasOwn(beforeObject, key);
    diffMember(existed, existed ? beforeObject[key] : undefined, afterObject[key] as JsonValue, key, path, changes);
  }
  for (const key of Object.keys(beforeObject)) {
    if (!Object.hasOwn(afterObject, key)) {
      changes.push({ path: [...path, key], kind: 'removed', before: beforeObject[key] as JsonValue });
    }
  }
}

// A plain object first: the ExactNumber check in isJsonObject reads a symbol-keyed property, which
// costs tens of milliseconds over 100,000 objects of many shapes.
const isObject = (value: JsonValue | undefined): value is JsonObject =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  (Object.getPrototypeOf(value) === Object.prototype || isJsonObject(value));

function diffMember(
  existed: boolean,
  before: JsonValue | undefined,
  after: JsonValue,
  key: JsonKey,
  path: [MetadataCategory, ...JsonKey[]],
  changes: MetadataChange[],
): void {
  if (!existed) {
    changes.push({ path: [...path, key], kind: 'added', after });
    return;
  }
  if (before === after) return;
  const bothObjects = isObject(before) && isObject(after);
  if (bothObjects || (Array.isArray(before) && Array.isArray(after))) {
    path.push(key);
    diffContainers(before as JsonObject | JsonValue[], after as JsonObject | JsonValue[], path, changes);
    path.pop();
  } else if (!jsonEqual(before, after)) {
    changes.push({ path: [...path, key], kind: 'changed', before: before as JsonValue, after });
  }
}
