import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyMetadataPatch } from '../../src/core/applyMetadataPatch';
import { createMetadataPatch } from '../../src/core/createMetadataPatch';
import { diffMetadata, startMetadataDiff } from '../../src/core/diffMetadata';
import { valueAt } from '../../src/core/editAtPath';
import { stringifyExactJson } from '../../src/core/stringifyExactJson';
import { exactNumber } from '../../src/core/exactNumber';
import { parseExactJson } from '../../src/core/parseExactJson';
import type { HankoUserMetadata } from '../../src/core/HankoUserMetadata';
import { baseAndDraft, metadata } from './metadataArbitraries';

const canonical = (value: unknown) => (value === undefined ? 'absent' : stringifyExactJson(value, true));

describe('diffMetadata', () => {
  it('reports the deepest member that differs, in the draft order with removals after', () => {
    const base: HankoUserMetadata = { public_metadata: { role: 'user', team: { id: 1, name: 'a' }, old: true } };
    const draft: HankoUserMetadata = { public_metadata: { role: 'admin', team: { id: 1, name: 'b' }, fresh: 1 } };
    expect(diffMetadata(base, draft)).toEqual([
      { path: ['public_metadata', 'role'], kind: 'changed', before: 'user', after: 'admin' },
      { path: ['public_metadata', 'team', 'name'], kind: 'changed', before: 'a', after: 'b' },
      { path: ['public_metadata', 'fresh'], kind: 'added', after: 1 },
      { path: ['public_metadata', 'old'], kind: 'removed', before: true },
    ]);
  });
  it('compares arrays index by index, and a change of type as one change', () => {
    const base: HankoUserMetadata = { unsafe_metadata: { tags: ['a', 'b', 'c'], flag: { on: true } } };
    const draft: HankoUserMetadata = { unsafe_metadata: { tags: ['a', 'x'], flag: [true] } };
    expect(diffMetadata(base, draft)).toEqual([
      { path: ['unsafe_metadata', 'tags', 1], kind: 'changed', before: 'b', after: 'x' },
      { path: ['unsafe_metadata', 'tags', 2], kind: 'removed', before: 'c' },
      { path: ['unsafe_metadata', 'flag'], kind: 'changed', before: { on: true }, after: [true] },
    ]);
  });
  it('compares exact numbers by their text', () => {
    const base = { public_metadata: { big: exactNumber('9007199254740993') } };
    expect(diffMetadata(base, { public_metadata: { big: exactNumber('9007199254740993') } })).toEqual([]);
    expect(diffMetadata(base, { public_metadata: { big: exactNumber('9007199254740992') } })).toHaveLength(1);
  });
  it('counts a missing category as an empty one', () => {
    expect(diffMetadata(null, { private_metadata: { a: 1 } })).toEqual([
      { path: ['private_metadata', 'a'], kind: 'added', after: 1 },
    ]);
    expect(diffMetadata({ private_metadata: { a: 1 } }, null)).toEqual([
      { path: ['private_metadata', 'a'], kind: 'removed', before: 1 },
    ]);
  });
  it('sees a __proto__ member as data', () => {
    const base = parseExactJson('{"public_metadata":{"__proto__":{"admin":false}}}') as HankoUserMetadata;
    const draft = parseExactJson('{"public_metadata":{"__proto__":{"admin":true}}}') as HankoUserMetadata;
    expect(diffMetadata(base, draft)).toEqual([
      { path: ['public_metadata', '__proto__', 'admin'], kind: 'changed', before: false, after: true },
    ]);
  });
  it('of any metadata against itself, or an equal copy, is empty', () => {
    fc.assert(
      fc.property(metadata, (value) => {
        expect(diffMetadata(value, value)).toEqual([]);
        const copy = parseExactJson(stringifyExactJson(value)) as HankoUserMetadata | null;
        expect(diffMetadata(value, copy ?? null)).toEqual([]);
      }),
    );
  });
  it('is empty exactly when the merge patch is, and each change holds the values at its path', () => {
    fc.assert(
      fc.property(baseAndDraft, ([base, draft]) => {
        // Hanko's merge never stores a null member, so compare with what it would store.
        const stored = applyMetadataPatch(base, createMetadataPatch(base, draft));
        const changes = diffMetadata(base, stored);
        const patch = createMetadataPatch(base, stored);
        expect(changes.length === 0).toBe(Object.keys(patch).length === 0);
        for (const { path, kind, before, after } of changes) {
          const [category, ...keys] = path;
          expect(canonical(valueAt(base?.[category], keys))).toBe(canonical(before));
          expect(canonical(valueAt(stored?.[category], keys))).toBe(canonical(after));
          expect(kind).toBe(before === undefined ? 'added' : after === undefined ? 'removed' : 'changed');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('computed in slices, cut anywhere, gives the same changes in the same order', () => {
    const slicing = fc.record({ every: fc.integer({ min: 1, max: 4 }), pauses: fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }) });
    fc.assert(
      fc.property(baseAndDraft, slicing, ([base, draft], { every, pauses }) => {
        const diff = startMetadataDiff(base, draft, every);
        let look = 0;
        let changes: ReturnType<typeof diffMetadata> | undefined;
        for (let slice = 0; changes === undefined; slice++) {
          if (slice > 10_000) throw new Error('the diff never finished');
          changes = diff.run(() => pauses[look++ % pauses.length] ?? false);
        }
        expect(changes).toEqual(diffMetadata(base, draft));
      }),
      { numRuns: 300 },
    );
  });

  it('stops when told and goes on where it stopped', () => {
    const before = { public_metadata: { list: Array.from({ length: 50 }, (_, index) => index) } };
    const after = { public_metadata: { list: Array.from({ length: 50 }, (_, index) => index + 1) } };
    const diff = startMetadataDiff(before, after, 10);
    expect(diff.run(() => true)).toBeUndefined();
    expect(diff.run(() => true)).toBeUndefined();
    expect(diff.run(() => false)).toHaveLength(50);
  });

  it('counts the members it reads for removed ones toward a slice', () => {
    // Every member is removed: the draft's side has nothing to compare, only the base's to look through.
    const before = { public_metadata: Object.fromEntries(Array.from({ length: 40 }, (_, index) => [`key${index}`, index])) };
    const diff = startMetadataDiff(before, { public_metadata: {} }, 10);
    let looks = 0;
    expect(diff.run(() => ++looks > 0)).toBeUndefined();
    expect(looks).toBe(1);
    expect(diff.run(() => false)).toHaveLength(40);
  });
});
