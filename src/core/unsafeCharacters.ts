// The character sets the library refuses or reveals, in one place, so that a username check, a proxy
// path check, an error message, a URL check and the JSON tree never disagree on what counts as a
// control character.

/** C0 controls, DEL and C1 controls (U+0000–U+001F, U+007F–U+009F): Unicode's `Cc`. */
const CONTROLS = '\\u0000-\\u001f\\u007f-\\u009f';
/** Line and paragraph separators: JavaScript and many log viewers break lines at them. */
const LINE_SEPARATORS = '\\u2028\\u2029';
/** Bidi marks, embeddings, overrides and isolates: they reorder the text around them. */
const BIDI_CONTROLS = '\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';
/** Format characters that render as nothing: soft hyphen, zero-width characters, word joiner, BOM. */
const INVISIBLE_FORMAT = '\\u00ad\\u180e\\u200b-\\u200d\\u2060-\\u2065\\ufeff';

// Regex sources built by calls marked pure, not by templates, so that a bundler drops every piece of
// a pattern the app does not use.
/** A regex source matching one character of any of `sets`. */
const anyOf = (...sets: string[]): string => `[${sets.join('')}]`;
/** `source` as a capture group. */
const captured = (source: string): string => `(${source})`;
/** `source` one or more times. (A `+` concatenated in place is not known to be pure: the regex would stay.) */
const oneOrMore = (source: string): string => `${source}+`;

/** Matches any control character. */
export const CONTROL_CHARACTER = /* @__PURE__ */ new RegExp(/* @__PURE__ */ anyOf(CONTROLS));

/** Matches a run of characters that would break a one-line message or reorder it: for `replace`. */
export const MESSAGE_BREAKING_RUN = /* @__PURE__ */ new RegExp(
  /* @__PURE__ */ oneOrMore(/* @__PURE__ */ anyOf(CONTROLS, LINE_SEPARATORS, BIDI_CONTROLS)),
  'g',
);

/** Matches one character a reader cannot see; the capture group lets `split` keep it, to show it as a mark. */
export const INVISIBLE_CHARACTER = /* @__PURE__ */ new RegExp(
  /* @__PURE__ */ captured(/* @__PURE__ */ anyOf(CONTROLS, LINE_SEPARATORS, BIDI_CONTROLS, INVISIBLE_FORMAT)),
);

/**
 * Matches what has no place in a URL taken from data: any whitespace, control or format character
 * (`Cf`: bidi controls, zero-width characters and the like). They are how `java\tscript:` and
 * ` javascript:` slip past naive checks, because the URL parser drops some of them.
 */
export const URL_UNSAFE_CHARACTER = /* @__PURE__ */ new RegExp(
  /* @__PURE__ */ anyOf('\\s', CONTROLS, '\\p{Cf}'),
  'u',
);

/**
 * Matches an unpaired surrogate: it has no UTF-8 form, so it cannot go into a URL. In a `u` regex a
 * well-formed pair is one code point, never `Cs`. (`String.prototype.isWellFormed` says the same, but
 * Chrome < 111 and Firefox < 119, which the library supports, do not have it.)
 */
export const LONE_SURROGATE = /\p{Cs}/u;
