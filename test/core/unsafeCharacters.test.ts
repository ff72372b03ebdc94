import { describe, expect, it } from 'vitest';
import {
  CONTROL_CHARACTER,
  LONE_SURROGATE,
  MESSAGE_BREAKING_RUN,
  URL_UNSAFE_CHARACTER,
} from '../../src/core/unsafeCharacters';

const codePoints = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => String.fromCodePoint(from + index));

describe('unsafeCharacters', () => {
  it('CONTROL_CHARACTER is exactly C0, DEL and C1', () => {
    const matched = codePoints(0, 0xffff).filter((character) => CONTROL_CHARACTER.test(character));
    expect(matched).toEqual([...codePoints(0, 0x1f), ...codePoints(0x7f, 0x9f)]);
  });

  it('MESSAGE_BREAKING_RUN takes line and paragraph separators and bidi controls too', () => {
    expect('a\u2028b\u2029c\u202ed\u0085e'.replace(MESSAGE_BREAKING_RUN, ' ')).toBe('a b c d e');
  });

  it('URL_UNSAFE_CHARACTER is whitespace, Cc or Cf, code point for code point (the rule safeUrl had)', () => {
    const rule = /[\s\p{Cc}\p{Cf}]/u;
    const all = [...codePoints(0, 0xd7ff), ...codePoints(0xe000, 0x10ffff)];
    const differing = all.filter((character) => rule.test(character) !== URL_UNSAFE_CHARACTER.test(character));
    expect(differing).toEqual([]);
    expect(URL_UNSAFE_CHARACTER.test('java\tscript:')).toBe(true);
  });

  it('LONE_SURROGATE finds an unpaired surrogate, never a well-formed pair', () => {
    for (const text of ['\ud800', 'a\udc00', '\udbff\ud800x', '😀\ud83d']) {
      expect(LONE_SURROGATE.test(text)).toBe(true);
    }
    for (const text of ['😀', 'ana', '']) expect(LONE_SURROGATE.test(text)).toBe(false);
  });
});
