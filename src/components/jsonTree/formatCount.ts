// Languages whose default digits are not 0-9 (CLDR's default numbering system is not "latn").
// For every other language a count below 1,000 reads the same as plain digits.
// (uz and pa are listed for their Arabic-script variants.) Checked against toLocaleString in the tests.
const NATIVE_DIGIT_LANGUAGES = new Set(
  'ar as bn ckb dz fa ks mai mni mr my ne ps sa sat sd ur uz pa'.split(' '),
);
// Scripts with their own digits, named in a tag (`pa-Arab`).
const NATIVE_DIGIT_SCRIPTS = new Set('arab aran beng deva mymr olck mtei tibt'.split(' '));

const formatters = new Map<string, Intl.NumberFormat>();
const latinDigitTags = new Map<string, boolean>();

/**
 * A count of items or keys in the locale's digits and grouping (`1.234` in German). The first use of
 * `Intl` on a page loads the locale's data (10-70 ms), so counts below 1,000, which have no group
 * separator, are written as plain digits wherever the locale's own digits are 0-9 too; larger ones
 * share one formatter per locale.
 */
export function formatCount(count: number, locale: string | undefined): string {
  const tag = locale ?? defaultLocale();
  if (count < 1000 && count >= 0 && writesLatinDigits(tag)) return String(count);
  let formatter = formatters.get(tag);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale);
    formatters.set(tag, formatter);
  }
  return formatter.format(count);
}

/** The runtime's own locale, without asking `Intl` (which is what costs). */
const defaultLocale = () => (typeof navigator === 'undefined' ? '' : navigator.language);

function writesLatinDigits(tag: string): boolean {
  if (!tag) return false;
  let latin = latinDigitTags.get(tag);
  if (latin === undefined) {
    latin = tagWritesLatinDigits(tag);
    latinDigitTags.set(tag, latin);
  }
  return latin;
}

/**
 * Read from the tag's subtags, without a regular expression: compiling one cost about as much as the
 * rest of a small tree's first render of counts.
 */
function tagWritesLatinDigits(tag: string): boolean {
  const [language = '', ...rest] = tag.toLowerCase().split('-');
  // A tag can ask for other digits itself (`en-u-nu-arab`) or name a script that has its own (`pa-Arab`).
  const extension = rest.indexOf('u');
  if (extension >= 0 && rest.indexOf('nu', extension) > extension) return false;
  if (rest.some((subtag) => NATIVE_DIGIT_SCRIPTS.has(subtag))) return false;
  return !NATIVE_DIGIT_LANGUAGES.has(language);
}
