import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyMetadataPatch } from '../../../src/core/applyMetadataPatch';
import { createMetadataPatch } from '../../../src/core/createMetadataPatch';
import { diffMetadata } from '../../../src/core/diffMetadata';
import { valueAt } from '../../../src/core/editAtPath';
import { stringifyExactJson } from '../../../src/core/stringifyExactJson';
import { METADATA_CATEGORIES } from '../../../src/core/HankoUserMetadata';
import { metadataSize } from '../../../src/core/metadataSize';
import { categoryBudgets } from '../../../src/components/metadataEditor/categoryBudget';
import { loadLosslessParser } from '../../../src/components/metadataEditor/losslessParser';
import { metadataDraftReducer } from '../../../src/components/metadataEditor/metadataDraftReducer';
import {
  initialMetadataDraftState,
  type MetadataDraftOptions,
  type MetadataDraftState,
  type MetadataPath,
  toMetadataDraft,
} from '../../../src/components/metadataEditor/metadataDraftState';
import { metadata } from '../../core/metadataArbitraries';
import { type ActionSeed, actionFrom, actionSeed, draftPaths } from './draftArbitraries';

const canonical = (value: unknown) => (value === undefined ? 'absent' : stringifyExactJson(value, true));

/** Runs the seeds as actions from the metadata's initial state. */
function run(state: MetadataDraftState, seeds: readonly ActionSeed[]): MetadataDraftState {
  return seeds.reduce((current, seed) => metadataDraftReducer(current, actionFrom(seed, current.draft)), state);
}

const seeds = fc.array(actionSeed, { maxLength: 40 });
const revealed: MetadataDraftOptions = { privateRevealed: true };

// Strings turned into numbers keep their exact text, as in the editor once the lossless parser has loaded.
beforeAll(() => loadLosslessParser());

describe('the draft reducer, for any sequence of edits', () => {
  it('undoing every step returns the base, and redoing them all returns the newest draft', () => {
    const redoAll = (from: MetadataDraftState) => {
      let state = from;
      while (state.future.length) state = metadataDraftReducer(state, { type: 'redo' });
      return state;
    };
    fc.assert(
      fc.property(metadata, seeds, (base, actions) => {
        // The sequence may end with undos: the newest draft is the one redo reaches.
        const newest = redoAll(run(initialMetadataDraftState(base, revealed), actions));
        let state = newest;
        while (state.past.length) state = metadataDraftReducer(state, { type: 'undo' });
        expect(state.draft).toBe(state.base);
        expect(redoAll(state).draft).toBe(newest.draft);
      }),
      { numRuns: 200 },
    );
  });

  it('sends a patch that turns the base into the draft, and has a diff exactly when it has a patch', () => {
    fc.assert(
      fc.property(metadata, seeds, (base, actions) => {
        const state = run(initialMetadataDraftState(base, revealed), actions);
        const patch = createMetadataPatch(state.base, state.draft);
        const stored = toMetadataDraft(applyMetadataPatch(state.base, patch));
        expect(canonical(stored)).toBe(canonical(state.draft));
        expect(diffMetadata(state.base, state.draft).length === 0).toBe(Object.keys(patch).length === 0);
      }),
      { numRuns: 200 },
    );
  });

  it('never changes a read-only path, nor private metadata while it is masked', () => {
    const baseAndLocked = metadata.chain((base) => {
      const paths = draftPaths(toMetadataDraft(base));
      return fc.tuple(fc.constant(base), fc.constantFrom(...paths));
    });
    fc.assert(
      fc.property(baseAndLocked, seeds, ([base, locked], actions) => {
        const start = initialMetadataDraftState(base, { readOnlyPaths: [locked as MetadataPath] });
        // Reveal actions are left out: private metadata stays masked throughout.
        const state = run({ ...start }, actions.filter((seed) => seed.kind !== 9));
        const [category, ...keys] = locked;
        expect(canonical(valueAt(state.draft[category], keys))).toBe(canonical(valueAt(state.base[category], keys)));
        expect(state.draft.private_metadata).toBe(state.base.private_metadata);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the budget of each category equal to its size as Hanko counts it', () => {
    fc.assert(
      fc.property(metadata, seeds, (base, actions) => {
        const { draft } = run(initialMetadataDraftState(base, revealed), actions);
        const budgets = categoryBudgets(draft);
        METADATA_CATEGORIES.forEach((category, index) => {
          const value = draft[category];
          expect(budgets[index]?.size).toBe(Object.keys(value).length ? metadataSize(value) : 0);
        });
      }),
      { numRuns: 100 },
    );
  });
});
