'use client';
import { type RefObject, useRef } from 'react';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect';

export interface RowFocus {
  /** Goes on the row holding the tab stop. */
  activeRowRef: RefObject<HTMLDivElement | null>;
  /** After a keyboard move: focus the active row once the next render has mounted it. */
  focusAfterRender: () => void;
}

/**
 * Focus follows the active row after a keyboard move, even to a row that was not rendered yet.
 * Call it after `useVirtualRows`, so the row is scrolled into view before it takes focus.
 */
export function useRowFocus(): RowFocus {
  const activeRowRef = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  useIsomorphicLayoutEffect(() => {
    if (moved.current) activeRowRef.current?.focus();
    moved.current = false;
  });
  return {
    activeRowRef,
    focusAfterRender: () => {
      moved.current = true;
    },
  };
}
