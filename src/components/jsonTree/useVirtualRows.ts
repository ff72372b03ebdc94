'use client';
import { type RefObject, type UIEvent, useRef, useState } from 'react';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect';

export interface VirtualRowsOptions {
  /** Number of rows. */
  count: number;
  /** Height of every row in px. */
  rowHeight: number;
  /** Largest height of the viewport in px; it shrinks to fit fewer rows. */
  maxHeight: number;
  /** Rows rendered beyond each edge of the viewport, so fast scrolling does not show blank space. */
  overscan: number;
}

export interface VirtualRows {
  /** Goes on the scrolling element. */
  viewportRef: RefObject<HTMLDivElement | null>;
  onScroll: (event: UIEvent<HTMLDivElement>) => void;
  viewportHeight: number;
  /** Height of all rows together: the scrolling content's height. */
  totalHeight: number;
  /** First and last row to render, overscan included. */
  firstRow: number;
  lastRow: number;
  /** Scrolls as little as needed to show a row whole (TanStack Virtual's `align: 'auto'`). */
  scrollToRow: (row: number) => void;
  scrollToTop: () => void;
}

/**
 * The rows of a fixed-height list that are in view, and scrolling to a row that may not be rendered
 * yet. The scroll position is React state, so a keyboard move renders the target row and scrolls to
 * it in the same commit.
 */
export function useVirtualRows({ count, rowHeight, maxHeight, overscan }: VirtualRowsOptions): VirtualRows {
  const viewportRef = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState(0);
  // The scroll position last set or seen, so the effect never reads scrollTop (a forced layout).
  const scrolled = useRef(0);
  const totalHeight = count * rowHeight;
  const viewportHeight = Math.min(maxHeight, totalHeight);
  // A collapse can leave `top` beyond the end until the browser's own scroll event arrives.
  const scrollTop = Math.max(0, Math.min(top, totalHeight - viewportHeight));

  useIsomorphicLayoutEffect(() => {
    const viewport = viewportRef.current;
    if (viewport && scrolled.current !== scrollTop) {
      scrolled.current = scrollTop;
      viewport.scrollTop = scrollTop;
    }
  });

  const scrollToRow = (row: number) => {
    const rowTop = row * rowHeight;
    const rowBottom = rowTop + rowHeight;
    if (rowTop < scrollTop) setTop(rowTop);
    else if (rowBottom > scrollTop + viewportHeight) setTop(rowBottom - viewportHeight);
  };

  return {
    viewportRef,
    onScroll: (event) => {
      scrolled.current = event.currentTarget.scrollTop;
      setTop(scrolled.current);
    },
    viewportHeight,
    totalHeight,
    firstRow: Math.max(0, Math.floor(scrollTop / rowHeight) - overscan),
    lastRow: Math.min(count - 1, Math.ceil((scrollTop + viewportHeight) / rowHeight) + overscan),
    scrollToRow,
    scrollToTop: () => setTop(0),
  };
}
