import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { isJsonObject } from '../../../src/core/exactJson';
import { METADATA_CATEGORIES } from '../../../src/core/HankoUserMetadata';
import type { JsonObject, JsonValue } from '../../../src/core/json';
import { setMember } from '../../../src/core/setMember';
import { metadataSize } from '../../../src/core/metadataSize';
import { countDraftSize, draftSize } from '../../../src/components/metadataEditor/draftSize';
import { loadLosslessParser } from '../../../src/components/metadataEditor/losslessParser';
import { metadataDraftReducer } from '../../../src/components/metadataEditor/metadataDraftReducer';
import { initialMetadataDraftState, type MetadataDraftState } from '../../../src/components/metadataEditor/metadataDraftState';
import { metadata } from '../../core/metadataArbitraries';
import { actionFrom, actionSeed } from './draftArbitraries';

/**
 * Counts `value` in slices: `pauses` says, at each look at the clock (every `every` members), whether
 * the slice ends there; a slice that ends is followed by a new `run`, as the editor's next task does.
 */
function countInSlices(value: Parameters<typeof countDraftSize>[0], every: number, pauses: readonly boolean[]) {
  const count = countDraftSize(value, every);
  let look = 0;
  for (let slice = 0; slice < 10_000; slice++) {
    const size = count.run(() => pauses[look++ % pauses.length] ?? false);
    if (size !== undefined) return { size, slices: slice + 1 };
  }
  throw new Error('the count never finished');
}

/** A copy with new containers (nothing of it measured yet) and the same exact numbers, which structuredClone would turn into plain objects. */
function freshCopy(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(freshCopy);
  if (!isJsonObject(value)) return value;
  const copy: JsonObject = {};
  for (const key of Object.keys(value)) setMember(copy, key, freshCopy(value[key] as JsonValue));
  return copy;
}

const slicing = fc.record({ every: fc.integer({ min: 1, max: 5 }), pauses: fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }) });

// Strings turned into numbers keep their exact text, as in the editor once the lossless parser has loaded.
beforeAll(() => loadLosslessParser());

describe('a draft size counted in slices', () => {
  it('equals the full count of the same value, however it is cut', () => {
    fc.assert(
      fc.property(metadata, slicing, (value, { every, pauses }) => {
        for (const category of METADATA_CATEGORIES) {
          const content = value?.[category] ?? {};
          // A fresh copy: nothing of it measured yet, so the count really walks it.
          const fresh = freshCopy(content);
          expect(countInSlices(fresh, every, pauses).size).toBe(metadataSize(content));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('stays equal to the full count after each edit, counting only what the edit copied', () => {
    fc.assert(
      fc.property(metadata, fc.array(actionSeed, { maxLength: 25 }), slicing, (base, seeds, { every, pauses }) => {
        let state: MetadataDraftState = initialMetadataDraftState(base, { privateRevealed: true });
        for (const seed of seeds) {
          state = metadataDraftReducer(state, actionFrom(seed, state.draft));
          for (const category of METADATA_CATEGORIES) {
            const value = state.draft[category];
            expect(countInSlices(value, every, pauses).size).toBe(metadataSize(value));
            expect(draftSize(value)).toBe(metadataSize(value));
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('stops when told and goes on where it stopped', () => {
    const value = { list: Array.from({ length: 1000 }, (_, index) => index), name: 'ok' };
    const count = countDraftSize(value, 100);
    expect(count.run(() => true)).toBeUndefined();
    let looks = 0;
    expect(count.run(() => ++looks === 3)).toBeUndefined();
    expect(looks).toBe(3);
    expect(count.run(() => false)).toBe(metadataSize(value));
  });
});
