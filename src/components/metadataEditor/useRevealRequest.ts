'use client';
import { useEffect, useRef } from 'react';
import type { MetadataCategory } from '../../core/HankoUserMetadata';
import { revealNode } from '../jsonTree/revealNode';
import type { TreeController } from '../jsonTree/useTreeController';
import type { MetadataPath } from './metadataDraftState';

/** A row the editor wants focused (a change stepped to, an issue picked); a new object for each request. */
export interface RevealRequest {
  path: MetadataPath;
}

/**
 * Moves focus to the row a request names, when it is in this tree's category: its closed ancestors
 * open, the row scrolls into the virtualized viewport and takes the tab stop and focus. A path the
 * draft no longer has goes to the deepest member on it that is still there.
 */
export function useRevealRequest(
  request: RevealRequest | null,
  category: MetadataCategory,
  controller: TreeController,
): void {
  const { tree, dispatch, focus } = controller;
  // A tree that mounts later (private metadata revealed) leaves a request made before it alone.
  const seen = useRef(request);
  useEffect(() => {
    if (request === seen.current) return;
    seen.current = request;
    if (!request || request.path[0] !== category) return;
    const keys = request.path.slice(1);
    for (let length = keys.length; length > 0; length--) {
      const action = revealNode(tree.flat, keys.slice(0, length));
      if (!action) continue;
      focus.focusAfterRender();
      dispatch(action);
      return;
    }
    // Only each new request moves focus, not a tree that re-renders under an old one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request]);
}
