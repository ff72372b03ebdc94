import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/core/ApiError';
import { applyMetadataPatch } from '../../src/core/applyMetadataPatch';
import { exactNumber } from '../../src/core/exactNumber';
import type { HankoUserMetadata } from '../../src/core/HankoUserMetadata';
import { assertMetadataFits, METADATA_CATEGORY_LIMIT, metadataSize } from '../../src/core/metadataSize';

/** `{"note":"…"}` of exactly `size` characters, filled with `unit` (one code point). */
const ofSize = (size: number, unit = 'x') => ({ note: unit.repeat(size - '{"note":""}'.length) });

// An existing public category of 82 characters and a patch of 2,962: merged, 3,043, over the limit.
const EXISTING: HankoUserMetadata = {
  public_metadata: { role: 'admin', team: { id: 'team_8c1f2a', seats: 12 }, tags: ['beta', 'early-ab'] },
};
const PATCH = { public_metadata: { bio: 'b'.repeat(2962 - '{"bio":""}'.length) } };

describe('metadataSize', () => {
  it('is the length of compact JSON, exact numbers as written', () => {
    expect(metadataSize({ a: [1, null, { b: true }] })).toBe('{"a":[1,null,{"b":true}]}'.length);
    expect(metadataSize({ n: exactNumber('9223372036854775807'), m: exactNumber('1.0') })).toBe(
      '{"n":9223372036854775807,"m":1.0}'.length,
    );
  });

  it('counts each code point as one character: emoji, accents, CJK', () => {
    expect(metadataSize({ k: '🚀' })).toBe(9);
    expect(metadataSize({ k: 'é漢' })).toBe(10);
    expect(metadataSize(ofSize(3000, '🚀'))).toBe(3000);
  });

  it('counts the escapes JSON needs', () => {
    expect(metadataSize({ k: 'a"b\\c\n' })).toBe('{"k":"a\\"b\\\\c\\n"}'.length);
  });
});

describe('assertMetadataFits', () => {
  it('accepts 3,000 characters and refuses 3,001', () => {
    expect(METADATA_CATEGORY_LIMIT).toBe(3000);
    expect(metadataSize(ofSize(3000))).toBe(3000);
    expect(() => assertMetadataFits({ private_metadata: ofSize(3000) })).not.toThrow();
    expect(() => assertMetadataFits({ private_metadata: ofSize(3001) })).toThrow(
      'Hanko: private_metadata would be 3,001 characters; the limit is 3,000.',
    );
  });

  it('counts multi-byte characters as one: 3,000 emoji-filled characters pass', () => {
    expect(() => assertMetadataFits({ unsafe_metadata: ofSize(3000, '😀') })).not.toThrow();
    expect(() => assertMetadataFits({ unsafe_metadata: ofSize(3001, 'ü') })).toThrow(ApiError);
  });

  it('refuses a 2,962-character patch onto 82 existing characters (3,043), naming the category and size', () => {
    expect(metadataSize(EXISTING.public_metadata ?? {})).toBe(82);
    expect(metadataSize(PATCH.public_metadata)).toBe(2962);
    const result = applyMetadataPatch(EXISTING, PATCH);
    expect(metadataSize(result?.public_metadata ?? {})).toBe(3043);
    let error: unknown;
    try {
      assertMetadataFits(result);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      kind: 'invalid-input',
      service: 'hanko',
      input: 'patch.public_metadata',
      message: 'Hanko: public_metadata would be 3,043 characters; the limit is 3,000.',
    });
  });

  it('checks each category on its own: three full categories fit', () => {
    expect(() =>
      assertMetadataFits({ public_metadata: ofSize(3000), private_metadata: ofSize(3000), unsafe_metadata: ofSize(3000) }),
    ).not.toThrow();
    expect(() => assertMetadataFits(null)).not.toThrow();
  });
});
