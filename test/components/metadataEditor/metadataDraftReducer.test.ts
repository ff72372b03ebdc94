import { describe, expect, it } from 'vitest';
import { createMetadataPatch } from '../../../src/core/createMetadataPatch';
import { stringifyExactJson } from '../../../src/core/stringifyExactJson';
import { exactNumber } from '../../../src/core/exactNumber';
import type { HankoUserMetadata } from '../../../src/core/HankoUserMetadata';
import { categoryBudgets } from '../../../src/components/metadataEditor/categoryBudget';
import {
  type MetadataDraftAction,
  metadataDraftReducer,
} from '../../../src/components/metadataEditor/metadataDraftReducer';
import {
  DRAFT_HISTORY_LIMIT,
  initialMetadataDraftState,
  type MetadataDraftOptions,
  type MetadataDraftState,
} from '../../../src/components/metadataEditor/metadataDraftState';
import { pastedJson } from './draftArbitraries';

const base: HankoUserMetadata = {
  public_metadata: { role: 'user', tags: ['a', 'b'], team: { id: 7 } },
  private_metadata: { stripe: 'cus_1' },
  unsafe_metadata: { theme: 'dark' },
};

const apply = (actions: MetadataDraftAction[], options: MetadataDraftOptions = { privateRevealed: true }) =>
  actions.reduce(metadataDraftReducer, initialMetadataDraftState(base, options));
const patchOf = (state: MetadataDraftState) => stringifyExactJson(createMetadataPatch(state.base, state.draft));

describe('metadataDraftReducer edits', () => {
  it('sets a value, and the patch names only that member', () => {
    const state = apply([{ type: 'setValue', path: ['public_metadata', 'role'], value: 'admin' }]);
    expect(patchOf(state)).toBe('{"public_metadata":{"role":"admin"}}');
    expect(state.draft.unsafe_metadata).toBe(state.base.unsafe_metadata);
  });
  it('keeps an exact number byte for byte into the patch', () => {
    const state = apply([{ type: 'setValue', path: ['public_metadata', 'team', 'id'], value: exactNumber('9007199254740993') }]);
    expect(patchOf(state)).toBe('{"public_metadata":{"team":{"id":9007199254740993}}}');
  });
  it('renames a key in place, and refuses a key the object already has', () => {
    const renamed = apply([{ type: 'rename', path: ['public_metadata', 'role'], key: 'access' }]);
    expect(Object.keys(renamed.draft.public_metadata)).toEqual(['access', 'tags', 'team']);
    expect(patchOf(renamed)).toBe('{"public_metadata":{"role":null,"access":"user"}}');
    const duplicate = apply([{ type: 'rename', path: ['public_metadata', 'role'], key: 'tags' }]);
    expect(duplicate.refused).toBe('duplicate-key');
    expect(duplicate.draft).toBe(duplicate.base);
  });
  it('adds a member to an object under a free key, and an item to an array at an index', () => {
    const state = apply([
      { type: 'add', path: ['unsafe_metadata'] },
      { type: 'add', path: ['unsafe_metadata'] },
      { type: 'add', path: ['public_metadata', 'tags'], index: 0, value: 'z' },
    ]);
    expect(state.draft.unsafe_metadata).toEqual({ theme: 'dark', key: '', key2: '' });
    expect(state.draft.public_metadata.tags).toEqual(['z', 'a', 'b']);
  });
  it('removes a member; removing a category empties it and the patch clears it', () => {
    const state = apply([
      { type: 'remove', path: ['public_metadata', 'tags', 0] },
      { type: 'remove', path: ['unsafe_metadata'] },
    ]);
    expect(state.draft.public_metadata.tags).toEqual(['b']);
    expect(patchOf(state)).toBe('{"public_metadata":{"tags":["b"]},"unsafe_metadata":null}');
  });
  it('pastes JSON with exact numbers, drops the null members Hanko would drop, and refuses text that is not JSON', () => {
    const pasted = apply([{ type: 'paste', path: ['public_metadata', 'team'], json: pastedJson('{"id":1.0,"old":null,"list":[null]}') }]);
    expect(stringifyExactJson(pasted.draft.public_metadata.team)).toBe('{"id":1.0,"list":[null]}');
    const broken = apply([{ type: 'paste', path: ['public_metadata', 'team'], json: pastedJson('{"id":') }]);
    expect(broken.refused).toBe('invalid-json');
    const unread = apply([{ type: 'paste', path: ['public_metadata', 'team'], json: { ok: false, reason: 'parser-unavailable' } }]);
    expect(unread.refused).toBe('parser-unavailable');
    expect(unread.draft).toEqual(apply([]).draft);
  });
  it('takes a paste read in a later task on the draft it was pasted on, and refuses it after another edit came first', () => {
    const pastedOn = apply([]).draft.public_metadata;
    const paste: MetadataDraftAction = { type: 'paste', path: ['public_metadata', 'role'], json: pastedJson('"owner"'), readFrom: pastedOn };
    expect(apply([paste]).draft.public_metadata.role).toBe('owner');
    const late = apply([{ type: 'remove', path: ['public_metadata', 'tags', 0] }, paste]);
    expect(late.refused).toBe('changed-while-read');
    expect(late.draft.public_metadata.role).toBe(pastedOn.role);
    expect(late.draft.public_metadata.tags).toEqual(['b']);
  });
  it('refuses null for an object member (Hanko would delete it) but takes it in an array', () => {
    expect(apply([{ type: 'setValue', path: ['public_metadata', 'role'], value: null }]).refused).toBe('null-member');
    expect(apply([{ type: 'setValue', path: ['public_metadata', 'tags', 1], value: null }]).draft.public_metadata.tags).toEqual([
      'a',
      null,
    ]);
  });
  it('keeps a category an object', () => {
    expect(apply([{ type: 'setValue', path: ['public_metadata'], value: [1] }]).refused).toBe('category-not-object');
    expect(apply([{ type: 'paste', path: ['public_metadata'], json: pastedJson('"x"') }]).refused).toBe('category-not-object');
  });
  it('reports a path that is gone as not-found', () => {
    expect(apply([{ type: 'setValue', path: ['public_metadata', 'nope'], value: 1 }]).refused).toBe('not-found');
    expect(apply([{ type: 'remove', path: ['public_metadata', 'tags', 5] }]).refused).toBe('not-found');
  });
});

describe('metadataDraftReducer access', () => {
  it('refuses private metadata while masked, and edits it once revealed', () => {
    const edit: MetadataDraftAction = { type: 'setValue', path: ['private_metadata', 'stripe'], value: 'cus_2' };
    expect(apply([edit], {}).refused).toBe('private-masked');
    expect(apply([{ type: 'revealPrivate', revealed: true }, edit], {}).draft.private_metadata).toEqual({ stripe: 'cus_2' });
  });
  it('refuses a read-only path, what is inside it and what holds it, but lets members be added beside it', () => {
    const options = { readOnlyPaths: [['public_metadata', 'team'] as const] };
    expect(apply([{ type: 'setValue', path: ['public_metadata', 'team', 'id'], value: 1 }], options).refused).toBe('read-only');
    expect(apply([{ type: 'remove', path: ['public_metadata'] }], options).refused).toBe('read-only');
    expect(apply([{ type: 'add', path: ['public_metadata', 'team'] }], options).refused).toBe('read-only');
    expect(apply([{ type: 'add', path: ['public_metadata'] }], options).refused).toBeUndefined();
  });
  it('refuses shifting the items of an array that holds a read-only item', () => {
    const options = { readOnlyPaths: [['public_metadata', 'tags', 1] as const] };
    expect(apply([{ type: 'remove', path: ['public_metadata', 'tags', 0] }], options).refused).toBe('read-only');
    expect(apply([{ type: 'add', path: ['public_metadata', 'tags'], index: 0 }], options).refused).toBe('read-only');
    expect(apply([{ type: 'setValue', path: ['public_metadata', 'tags', 0], value: 'x' }], options).refused).toBeUndefined();
  });
  it('never edits a category the proxy withheld', () => {
    const state = metadataDraftReducer(
      initialMetadataDraftState({ public_metadata: { a: 1 }, withheld_categories: ['private_metadata'] }, { privateRevealed: true }),
      { type: 'add', path: ['private_metadata'], key: 'x', value: 1 },
    );
    expect(state.refused).toBe('withheld');
  });
});

describe('metadataDraftReducer history', () => {
  it('undoes and redoes, and a new edit clears what was undone', () => {
    const set = (value: string): MetadataDraftAction => ({ type: 'setValue', path: ['unsafe_metadata', 'theme'], value });
    const undone = apply([set('light'), set('blue'), { type: 'undo' }]);
    expect(undone.draft.unsafe_metadata.theme).toBe('light');
    expect(metadataDraftReducer(undone, { type: 'redo' }).draft.unsafe_metadata.theme).toBe('blue');
    const branched = metadataDraftReducer(undone, set('red'));
    expect(branched.future).toEqual([]);
    expect(metadataDraftReducer(branched, { type: 'redo' })).toBe(branched);
  });
  it('adds no undo step for an edit that changes nothing, nor for a refused one', () => {
    const state = apply([
      { type: 'setValue', path: ['unsafe_metadata', 'theme'], value: 'dark' },
      { type: 'rename', path: ['public_metadata', 'role'], key: 'role' },
      { type: 'remove', path: ['public_metadata', 'missing'] },
    ]);
    expect(state.past).toEqual([]);
  });
  it(`keeps the newest ${DRAFT_HISTORY_LIMIT} steps`, () => {
    const actions = Array.from({ length: DRAFT_HISTORY_LIMIT + 5 }, (_, index): MetadataDraftAction => ({
      type: 'setValue',
      path: ['unsafe_metadata', 'theme'],
      value: String(index),
    }));
    expect(apply(actions).past).toHaveLength(DRAFT_HISTORY_LIMIT);
  });
  it('starts again from the saved metadata on reset', () => {
    const saved = { public_metadata: { role: 'admin' } };
    const state = metadataDraftReducer(apply([{ type: 'setValue', path: ['public_metadata', 'role'], value: 'admin' }]), {
      type: 'reset',
      metadata: saved,
    });
    expect(state.past).toEqual([]);
    expect(state.draft).toBe(state.base);
    expect(state.draft.public_metadata).toBe(saved.public_metadata);
  });
});

describe('metadataDraftReducer rebase and budget', () => {
  it('rebases my change onto theirs, keeping both', () => {
    const mine = apply([{ type: 'setValue', path: ['public_metadata', 'role'], value: 'admin' }]);
    const theirs: HankoUserMetadata = { ...base, unsafe_metadata: { theme: 'light' } };
    const rebased = metadataDraftReducer(mine, { type: 'rebase', current: theirs });
    expect(rebased.base.unsafe_metadata).toEqual({ theme: 'light' });
    expect(rebased.draft.unsafe_metadata).toEqual({ theme: 'light' });
    expect(rebased.draft.public_metadata.role).toBe('admin');
    expect(patchOf(rebased)).toBe('{"public_metadata":{"role":"admin"}}');
  });
  it('reports how far a category is over the limit', () => {
    const state = apply([{ type: 'setValue', path: ['unsafe_metadata', 'theme'], value: 'x'.repeat(2990) }]);
    // {"theme":"xxx…"} is 12 characters of frame around the string.
    expect(categoryBudgets(state.draft)[2]).toEqual({ category: 'unsafe_metadata', size: 3002, limit: 3000, over: 2 });
    expect(categoryBudgets(state.draft)[0]?.over).toBe(0);
  });
});

describe('metadataDraftReducer restore', () => {
  it('puts a removed object member back, and the patch no longer names it', () => {
    const removed = apply([{ type: 'remove', path: ['public_metadata', 'role'] }]);
    const restored = metadataDraftReducer(removed, { type: 'restore', path: ['public_metadata', 'role'] });
    expect(restored.draft.public_metadata.role).toBe('user');
    expect(patchOf(restored)).toBe('{}');
    expect(restored.past).toHaveLength(2);
  });
  it('brings back an array’s removed tail up to the item asked for, so no index is skipped', () => {
    const removed = apply([
      { type: 'remove', path: ['public_metadata', 'tags', 1] },
      { type: 'remove', path: ['public_metadata', 'tags', 0] },
    ]);
    const restored = metadataDraftReducer(removed, { type: 'restore', path: ['public_metadata', 'tags', 1] });
    expect(restored.draft.public_metadata.tags).toEqual(['a', 'b']);
    expect(metadataDraftReducer(restored, { type: 'restore', path: ['public_metadata', 'tags', 0] }).refused).toBe('not-found');
  });
  it('refuses what the base never had, a member still there, and a masked category', () => {
    expect(apply([{ type: 'restore', path: ['public_metadata', 'nope'] }]).refused).toBe('not-found');
    expect(apply([{ type: 'restore', path: ['public_metadata', 'role'] }]).refused).toBe('duplicate-key');
    const masked = apply([{ type: 'restore', path: ['private_metadata', 'stripe'] }], { privateRevealed: false });
    expect(masked.refused).toBe('private-masked');
  });
});
