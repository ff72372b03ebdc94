import type { ReactNode } from 'react';
import { formatCount } from './formatCount';
import type { JsonTreeLabels } from './jsonTreeLabels';
import type { SearchMatches } from './useSearchMatches';

export interface SearchMatchCountProps {
  id: string;
  /** Empty while not searching: the count is then empty too. */
  query: string;
  matches: SearchMatches;
  locale: string | undefined;
  labels: JsonTreeLabels;
}

/**
 * "3 of 12" next to the search box. A polite live region, always in the DOM so screen readers track it:
 * typing and Enter are announced with the box keeping focus.
 */
export function SearchMatchCount({ id, query, matches, locale, labels }: SearchMatchCountProps): ReactNode {
  const { total, current } = matches;
  return (
    <span id={id} className="rum-json-count" aria-live="polite">
      {query && labels.matchCount(formatCount(total ? current + 1 : 0, locale), formatCount(total, locale))}
    </span>
  );
}
