import { describe, expect, it, vi } from 'vitest';
import { formatCount } from '../../../src/components/jsonTree/formatCount';

// Every ISO 639-1 language, plus regional and script variants whose digits differ from their language's.
const LANGUAGES =
  'aa ab af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu'.split(
    ' ',
  );
const VARIANTS =
  'ar-EG ar-SA ar-MA ar-DZ ar-TN ur-IN pa-Arab uz-Arab sd-Deva ks-Deva mni-Mtei sat-Olck ckb mai en-u-nu-arab de-u-nu-deva zh-Hant-TW sr-Latn bn-IN'.split(
    ' ',
  );

describe('formatCount', () => {
  it('writes what toLocaleString writes, for every language and count', () => {
    const differences: string[] = [];
    for (const locale of [...LANGUAGES, ...VARIANTS]) {
      for (const count of [0, 1, 7, 42, 999, 1000, 1234, 1_234_567]) {
        const expected = count.toLocaleString(locale);
        const actual = formatCount(count, locale);
        if (actual !== expected) differences.push(`${locale} ${count}: ${actual} ≠ ${expected}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it('reads digits asked for by a tag in any case, with a region or other extensions', () => {
    const tags = ['EN-U-NU-ARAB', 'pa-Arab-PK', 'en-US-u-ca-gregory', 'en-u-ca-gregory-nu-deva', 'Ar-eg', 'de-CH'];
    for (const locale of tags) {
      for (const count of [7, 999, 1234]) expect(formatCount(count, locale)).toBe(count.toLocaleString(locale));
      // The second time, from the per-tag answer kept.
      expect(formatCount(42, locale)).toBe((42).toLocaleString(locale));
    }
  });

  it('uses the runtime locale when none is given', () => {
    expect(formatCount(12, undefined)).toBe((12).toLocaleString());
    expect(formatCount(12_345, undefined)).toBe((12_345).toLocaleString());
  });

  it('reads a tag once, makes no formatter for a small count in Latin digits, and one per locale for larger ones', () => {
    // Tags no other test here has used: the module keeps what it read and made.
    const lowerCase = vi.spyOn(String.prototype, 'toLowerCase');
    const RealNumberFormat = Intl.NumberFormat;
    // Counts the formatters made, each a real one.
    const NumberFormat = vi.spyOn(Intl, 'NumberFormat').mockImplementation(function (locales?: Intl.LocalesArgument) {
      return new RealNumberFormat(locales);
    } as typeof Intl.NumberFormat);
    expect([formatCount(5, 'fr-CH'), formatCount(999, 'fr-CH')]).toEqual(['5', '999']);
    expect(lowerCase).toHaveBeenCalledTimes(1);
    expect(NumberFormat).not.toHaveBeenCalled();
    expect([formatCount(1234, 'fr-CH'), formatCount(56_789, 'fr-CH')]).toEqual([
      (1234).toLocaleString('fr-CH'),
      (56_789).toLocaleString('fr-CH'),
    ]);
    expect(formatCount(1234, 'it-CH')).toBe((1234).toLocaleString('it-CH'));
    expect(NumberFormat.mock.calls).toEqual([['fr-CH'], ['it-CH']]);
    // A count of 1,000 or more goes to the formatter without reading the tag.
    expect(lowerCase).toHaveBeenCalledTimes(1);
  });
});
