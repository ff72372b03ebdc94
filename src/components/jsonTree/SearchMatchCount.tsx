import type { ReactNode } from 'react';
import { formatCount } from './formatCount';
import type { JsonTreeLabels } from './jsonTreeLabels';
import type { SearchMatches } from './useSearchMatches';

export interface SearchMatchCountProps {
  id: string;
  /** Empty while not searching: the count is then empty too. */
  query: string;
  /** The search code failed to load: the count says so instead (typing again retries). */
  failed: boolean;
  matches: SearchMatches;
  locale: string | undefined;
  labels: JsonTreeLabels;
}

/**
 * "3 of 12" next to the search box. A polite live region, always in the DOM so screen readers track it:
 * typing and Enter are announced with the box keeping focus, and so is a search that could not load.
 */
export function SearchMatchCount({ id, query, failed, matches, locale, labels }: SearchMatchCountProps): ReactNode {
  const { total, current } = matches;
  return (
    <span id={id} className="rum-json-count" aria-live="polite" data-state={failed ? 'failed' : undefined}>
      {failed
        ? labels.searchFailed
        : query && labels.matchCount(formatCount(total ? current + 1 : 0, locale), formatCount(total, locale))}
    </span>
  );
}
