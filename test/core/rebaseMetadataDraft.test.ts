import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringifyExactJson } from '../../src/core/stringifyExactJson';
import type { HankoUserMetadata } from '../../src/core/HankoUserMetadata';
import { rebaseMetadataDraft } from '../../src/core/rebaseMetadataDraft';
import { baseAndDraft, metadata } from './metadataArbitraries';

const canonical = (value: unknown) => stringifyExactJson(value ?? null, true);

describe('rebaseMetadataDraft', () => {
  const base: HankoUserMetadata = { public_metadata: { role: 'user', quota: 10, tags: ['a', 'b'] } };

  it('keeps their change and mine when they touched different members', () => {
    const mine = { public_metadata: { ...base.public_metadata, role: 'admin' } };
    const theirs = { public_metadata: { ...base.public_metadata, quota: 20 }, unsafe_metadata: { seen: true } };
    const rebased = rebaseMetadataDraft(base, mine, theirs);
    expect(rebased.draft).toEqual({ public_metadata: { role: 'admin', quota: 20, tags: ['a', 'b'] }, unsafe_metadata: { seen: true } });
    expect(rebased.overwritten).toEqual([]);
    expect(rebased.mine).toEqual({ public_metadata: { role: 'admin' } });
  });
  it('lets mine win on the same member and lists their change as overwritten', () => {
    const mine = { public_metadata: { ...base.public_metadata, quota: 50 } };
    const theirs = { public_metadata: { ...base.public_metadata, quota: 20 } };
    const rebased = rebaseMetadataDraft(base, mine, theirs);
    expect(rebased.draft?.public_metadata?.quota).toBe(50);
    expect(rebased.overwritten).toEqual([{ path: ['public_metadata', 'quota'], kind: 'changed', before: 10, after: 20 }]);
  });
  it('counts their edit of another item of an array I changed as overwritten: arrays are sent whole', () => {
    const mine = { public_metadata: { ...base.public_metadata, tags: ['x', 'b'] } };
    const theirs = { public_metadata: { ...base.public_metadata, tags: ['a', 'y'] } };
    const rebased = rebaseMetadataDraft(base, mine, theirs);
    expect(rebased.draft?.public_metadata?.tags).toEqual(['x', 'b']);
    expect(rebased.overwritten.map((change) => change.path)).toEqual([['public_metadata', 'tags', 1]]);
  });
  it('does not count the same outcome on both sides as overwritten', () => {
    const same = { public_metadata: { ...base.public_metadata, role: 'admin' } };
    expect(rebaseMetadataDraft(base, same, same).overwritten).toEqual([]);
  });
  it('gives my draft back when nothing changed under it, and their state when I changed nothing', () => {
    fc.assert(
      fc.property(baseAndDraft, metadata, ([start, draft], current) => {
        expect(canonical(rebaseMetadataDraft(start, draft, start).draft)).toBe(canonical(draft));
        expect(canonical(rebaseMetadataDraft(start, start, current).draft)).toBe(canonical(current));
        expect(rebaseMetadataDraft(start, start, current).overwritten).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
