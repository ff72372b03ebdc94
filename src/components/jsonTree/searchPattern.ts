/** What a search query compiles to: the expression that finds and highlights it, and whether numbers need testing. */
export interface SearchPattern {
  /** The text typed. */
  query: string;
  /** Literal, case-insensitive, with one capture group so `split` keeps the matches at odd indexes. */
  pattern: RegExp;
  /** False when no number's text can contain the query (`"stat"`), so search skips numbers. */
  canMatchNumbers: boolean;
}

const SPECIAL_CHARACTERS = /[.*+?^${}()|[\]\\]/g;
// Every character a number's text (`-1.5e-7`, `42`) is made of.
const NUMBER_TEXT = /^[\d.e+-]+$/i;

/** The search for a query typed by the user, or `null` for an empty query (no search). */
export function searchPattern(query: string): SearchPattern | null {
  if (!query) return null;
  return {
    query,
    pattern: new RegExp(`(${query.replace(SPECIAL_CHARACTERS, '\\$&')})`, 'i'),
    canMatchNumbers: NUMBER_TEXT.test(query),
  };
}
