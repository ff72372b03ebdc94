// The character sets the library refuses or reveals, in one place, so that a username check, a proxy
// path check, an error message and the JSON tree never disagree on what counts as a control character.

/** C0 controls, DEL and C1 controls (U+0000–U+001F, U+007F–U+009F). */
const CONTROLS = '\\u0000-\\u001f\\u007f-\\u009f';
/** Line and paragraph separators: JavaScript and many log viewers break lines at them. */
const LINE_SEPARATORS = '\\u2028\\u2029';
/** Bidi marks, embeddings, overrides and isolates: they reorder the text around them. */
const BIDI_CONTROLS = '\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';
/** Format characters that render as nothing: soft hyphen, zero-width characters, word joiner, BOM. */
const INVISIBLE_FORMAT = '\\u00ad\\u180e\\u200b-\\u200d\\u2060-\\u2065\\ufeff';

/** Matches any control character. */
export const CONTROL_CHARACTER = new RegExp(`[${CONTROLS}]`);

/** Matches a run of characters that would break a one-line message or reorder it: for `replace`. */
export const MESSAGE_BREAKING_RUN = new RegExp(`[${CONTROLS}${LINE_SEPARATORS}${BIDI_CONTROLS}]+`, 'g');

/** Matches one character a reader cannot see; the capture group lets `split` keep it, to show it as a mark. */
export const INVISIBLE_CHARACTER = new RegExp(`([${CONTROLS}${LINE_SEPARATORS}${BIDI_CONTROLS}${INVISIBLE_FORMAT}])`);
