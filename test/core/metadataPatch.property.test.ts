import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyMetadataPatch } from '../../src/core/applyMetadataPatch';
import { createMetadataPatch } from '../../src/core/createMetadataPatch';
import { isJsonObject } from '../../src/core/exactJson';
import { jsonEqual } from '../../src/core/jsonEqual';
import { stringifyExactJson } from '../../src/core/stringifyExactJson';
import { parseExactJson } from '../../src/core/parseExactJson';
import { patchCategories } from '../../src/core/HankoMetadataPatch';
import { METADATA_CATEGORIES } from '../../src/core/HankoUserMetadata';
import type { JsonObject, JsonValue } from '../../src/core/json';
import { baseAndDraft } from './metadataArbitraries';

const canonical = (value: unknown) => stringifyExactJson(value as JsonValue, true);

/** Paths in `patch` that name a member `base` and `draft` hold with equal values. */
function untouchedMentions(base: JsonObject, draft: JsonObject, patch: JsonObject, path: string): string[] {
  return Object.keys(patch).flatMap((key) => {
    const inBoth = Object.hasOwn(base, key) && Object.hasOwn(draft, key);
    if (!inBoth) return [];
    const before = base[key];
    const after = draft[key];
    if (jsonEqual(before, after)) return [`${path}.${key}`];
    const change = patch[key];
    return isJsonObject(before) && isJsonObject(after) && isJsonObject(change)
      ? untouchedMentions(before, after, change, `${path}.${key}`)
      : [];
  });
}

describe('createMetadataPatch and applyMetadataPatch', () => {
  it('applying the patch to base gives the draft, also after a trip through JSON text', () => {
    fc.assert(
      fc.property(baseAndDraft, ([base, draft]) => {
        const patch = createMetadataPatch(base, draft);
        expect(canonical(applyMetadataPatch(base, patch))).toBe(canonical(draft));
        // What Hanko receives is text: the exact numbers and `__proto__` keys must survive it.
        const sent = parseExactJson(stringifyExactJson(patch)) as typeof patch;
        expect(canonical(applyMetadataPatch(base, sent))).toBe(canonical(draft));
      }),
      { numRuns: 500 },
    );
  });

  it('never mentions a member that did not change', () => {
    fc.assert(
      fc.property(baseAndDraft, ([base, draft]) => {
        const patch = createMetadataPatch(base, draft);
        for (const category of METADATA_CATEGORIES) {
          const before = base?.[category];
          const after = draft?.[category];
          const change = patch[category];
          if (jsonEqual(before, after)) expect(change).toBeUndefined();
          if (before && after && change) expect(untouchedMentions(before, after, change, category)).toEqual([]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a patch of base onto itself is empty, and applying an empty patch changes nothing', () => {
    fc.assert(
      fc.property(baseAndDraft, ([base]) => {
        expect(createMetadataPatch(base, base)).toEqual({});
        expect(canonical(applyMetadataPatch(base, {}))).toBe(canonical(base));
      }),
      { numRuns: 200 },
    );
  });
});

describe('patchCategories', () => {
  it('names the categories a patch mentions, null ones too, and all three for a null patch', () => {
    expect(patchCategories({ unsafe_metadata: null, public_metadata: {} })).toEqual(['public_metadata', 'unsafe_metadata']);
    expect(patchCategories({})).toEqual([]);
    expect(patchCategories(null)).toEqual(['public_metadata', 'private_metadata', 'unsafe_metadata']);
  });
});
