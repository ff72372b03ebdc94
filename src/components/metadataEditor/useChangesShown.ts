import { useState } from 'react';

/** Changes a list shows at first, and how many more each "Show more" adds: a long list stays cheap to lay out. */
export const CHANGES_PER_PAGE = 100;

/** How much of a list of changes is shown, and how to show more of it. */
export interface ChangesShown {
  /** The first `shown` changes are rendered. */
  shown: number;
  /** Changes after those, not rendered yet. */
  hidden: number;
  showMore: () => void;
}

/**
 * A list of `total` changes shown a page at a time (another admin's save can differ in thousands of
 * values, and laying out every one blocks the page for hundreds of milliseconds). The change at
 * `current` (next/previous) is always shown, with the ones before it.
 */
export function useChangesShown(total: number, current = -1): ChangesShown {
  const [pages, setPages] = useState(1);
  const shown = Math.min(total, Math.max(pages * CHANGES_PER_PAGE, current + 1));
  return { shown, hidden: total - shown, showMore: () => setPages(Math.ceil(shown / CHANGES_PER_PAGE) + 1) };
}
