import fc from 'fast-check';
import { isJsonObject } from '../../src/core/exactJson';
import { exactNumber } from '../../src/core/exactNumber';
import type { HankoUserMetadata } from '../../src/core/HankoUserMetadata';
import { METADATA_CATEGORIES } from '../../src/core/HankoUserMetadata';
import type { JsonObject, JsonValue } from '../../src/core/json';
import { setMember } from '../../src/core/setMember';

// Metadata as Hanko stores it (object members never null, arrays may hold null), with the keys and
// numbers that break naive code: dotted paths, emoji, `__proto__`, and numbers `number` cannot hold.

export const metadataKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'a.b', 'team.id', '🚀', 'naïve', '', 'role', 'quota'),
  fc.string({ maxLength: 4 }),
);

export const exactNumbers = fc
  .constantFrom('9223372036854775807', '9007199254740993', '1e400', '1.0', '-0', '0.10000000000000000001', '1E+2')
  .map(exactNumber);

const scalar = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.integer(),
  // -0 is left to the exact numbers: as a `number` its text would be "0".
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => (Object.is(value, -0) ? 0 : value)),
  fc.boolean(),
  exactNumbers,
);

/** Builds an object member by member, so a `__proto__` key is an own member, as `JSON.parse` makes it. */
const toObject = (entries: [string, JsonValue][]): JsonObject => {
  const object: JsonObject = {};
  for (const [key, value] of entries) setMember(object, key, value);
  return object;
};

const { value: jsonValue, object: jsonObject } = fc.letrec<{ value: JsonValue; object: JsonObject; array: JsonValue[] }>(
  (tie) => ({
    value: fc.oneof({ depthSize: 'small', maxDepth: 4 }, scalar, tie('array'), tie('object')),
    array: fc.array(fc.oneof(tie('value'), fc.constant(null)), { maxLength: 3 }),
    object: fc.array(fc.tuple(metadataKey, tie('value')), { maxLength: 4 }).map(toObject),
  }),
);

export { jsonObject, jsonValue };

export const metadata: fc.Arbitrary<HankoUserMetadata | null> = fc
  .record(
    { public_metadata: jsonObject, private_metadata: jsonObject, unsafe_metadata: jsonObject },
    { requiredKeys: [] },
  )
  .map((record) => {
    const result: HankoUserMetadata = {};
    for (const category of METADATA_CATEGORIES) {
      const value = record[category];
      if (value && Object.keys(value).length) result[category] = value;
    }
    return Object.keys(result).length ? result : null;
  });

/** A random edit of `object`: each member kept, removed, replaced or (objects) edited; new members added. */
function editObject(object: JsonObject): fc.Arbitrary<JsonObject> {
  const members = Object.keys(object).map((key) => {
    const current = object[key] as JsonValue;
    const choices: fc.Arbitrary<JsonValue | undefined>[] = [fc.constant(current), fc.constant(undefined), jsonValue];
    if (isJsonObject(current)) choices.push(editObject(current));
    return fc.oneof(...choices).map((next) => [key, next] as const);
  });
  return fc
    .tuple(fc.tuple(...members), fc.array(fc.tuple(metadataKey, jsonValue), { maxLength: 2 }))
    .map(([kept, added]) => {
      const entries = kept.filter((entry): entry is readonly [string, JsonValue] => entry[1] !== undefined);
      return toObject([...entries, ...added].map(([key, value]) => [key, value]));
    });
}

/** Base metadata and a draft that edits it (or, sometimes, replaces a category outright). */
export const baseAndDraft = metadata.chain((base) =>
  fc
    .tuple(
      ...METADATA_CATEGORIES.map((category) =>
        fc.oneof(
          fc.constant(base?.[category]),
          editObject(base?.[category] ?? {}),
          jsonObject,
          fc.constant(undefined),
        ),
      ),
    )
    .map((categories) => {
      const draft: HankoUserMetadata = {};
      METADATA_CATEGORIES.forEach((category, index) => {
        const value = categories[index];
        if (value && Object.keys(value).length) draft[category] = value;
      });
      return [base, Object.keys(draft).length ? draft : null] as const;
    }),
);
