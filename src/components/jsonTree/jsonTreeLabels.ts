/** Every visible (and screen-reader) string of `JsonTree`. */
export interface JsonTreeLabels {
  search: string;
  expandAll: string;
  collapseAll: string;
  /** Copies the focused row's value as JSON. */
  copyValue: string;
  /** Copies the focused row's path (`public_metadata.tags[0]`). */
  copyPath: string;
  /** Announced in a polite live region after a copy. */
  copied: string;
  copyFailed: string;
  /** On strings too long to show in a row. */
  showMore: string;
  /** Accessible name of "Show more": it names the key it opens (`Show more of description`). */
  showMoreOf: (key: string) => string;
  showLess: string;
  noMatches: string;
  /** Next to the search box: the current match and how many there are, both in the locale's digits. */
  matchCount: (current: string, total: string) => string;
  /** Summary of an array; `formatted` is `count` in the locale's digits. */
  items: (count: number, formatted: string) => string;
  /** Summary of an object. */
  keys: (count: number, formatted: string) => string;
  /**
   * Accessible name of a toolbar control (`control` is its visible text): it names the tree too, so the
   * controls of several trees on one page can be told apart (`Search Public metadata`).
   */
  named: (control: string, tree: string) => string;
}

export const defaultJsonTreeLabels: JsonTreeLabels = {
  search: 'Search',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  copyValue: 'Copy value',
  copyPath: 'Copy path',
  copied: 'Copied',
  copyFailed: 'Could not copy',
  showMore: 'Show more',
  showMoreOf: (key) => `Show more of ${key}`,
  showLess: 'Show less',
  noMatches: 'No matches',
  matchCount: (current, total) => `${current} of ${total}`,
  items: (count, formatted) => `${formatted} item${count === 1 ? '' : 's'}`,
  keys: (count, formatted) => `${formatted} key${count === 1 ? '' : 's'}`,
  named: (control, tree) => `${control} ${tree}`,
};
