'use client';
import { useEffect, useState } from 'react';
import type { MetadataChange } from '../../core/diffMetadata';
import { jsonPath } from '../jsonTree/jsonPath';
import { adjacentChange, type ChangeMarker } from './changeMarkers';
import { isPrivatePath, type MetadataDraftState, type MetadataPath } from './metadataDraftState';
import type { MetadataEditorLabels } from './metadataEditorLabels';
import type { RevealRequest } from './useRevealRequest';
import type { EditorActions } from './useEditorActions';

export interface ChangeNavigationOptions {
  changes: readonly MetadataChange[];
  markers: ReadonlyMap<string, ChangeMarker>;
  /**
   * Whether private metadata is masked: its rows are then not in the page, so a step to a change there
   * lands on Reveal. The draft: an edit since that step means the user moved on.
   */
  state: Pick<MetadataDraftState, 'draft' | 'privateRevealed' | 'withheld'>;
  /** What it announces, and how it reveals private metadata (picking an issue in it does). */
  actions: Pick<EditorActions, 'announce' | 'onAction'>;
  labels: MetadataEditorLabels;
}

export interface ChangeNavigation {
  /** The change stepped to last (an index into the changes), or -1. */
  currentChange: number;
  /**
   * The row the trees are asked to focus. One in masked private metadata is for its section, which
   * focuses its Reveal button instead; revealing then goes on to the row, unless the user moved on
   * meanwhile (focus left Reveal, another step, an edit).
   */
  reveal: RevealRequest | null;
  /** Focus left Reveal (for another place on the page): revealing no longer goes on to the row stepped to. */
  leaveReveal: () => void;
  onlyChanges: boolean;
  setOnlyChanges: (on: boolean) => void;
  /** Steps to the next or previous change: focus on its row in the tree (or on Reveal, when masked), announced. */
  step: (direction: 'next' | 'previous') => void;
  /**
   * Focuses the row at a path (a schema issue's), showing every row again if the filter hides it; in
   * masked private metadata, reveals it first.
   */
  goTo: (path: MetadataPath) => void;
}

/** Moving through the draft: next/previous change, a schema issue's row, and the "only changes" filter (one per editor). */
export function useChangeNavigation(options: ChangeNavigationOptions): ChangeNavigation {
  const { changes, markers, labels, state } = options;
  const { announce, onAction } = options.actions;
  const privateMasked = !state.privateRevealed && !state.withheld.includes('private_metadata');
  const [currentChange, setCurrentChange] = useState(-1);
  const [reveal, setReveal] = useState<RevealRequest | null>(null);
  const [onlyChanges, setOnlyChanges] = useState(false);
  // A private row asked for while masked: focused once private metadata is revealed (its tree mounted).
  const [waiting, setWaiting] = useState<MetadataPath | null>(null);
  useEffect(() => {
    if (privateMasked || !waiting) return;
    setWaiting(null);
    // A request made after the tree's first render: it leaves the ones made before it alone.
    setReveal({ path: waiting });
  }, [privateMasked, waiting]);
  // An edit (an undo on Reveal too) is the user moving on: the change may not even be there any more.
  useEffect(() => setWaiting(null), [state.draft]);

  const step = (direction: 'next' | 'previous') => {
    const next = adjacentChange(changes.length, currentChange, direction);
    setCurrentChange(next);
    const change = changes[next];
    if (!change) return;
    setReveal({ path: change.path });
    const hidden = privateMasked && isPrivatePath(change.path);
    setWaiting(hidden ? change.path : null);
    // Masked keys are as secret as values (the inspector's placeholders do not even count them): no path.
    announce(
      hidden
        ? labels.steppedHidden(next + 1, changes.length)
        : labels.stepped(change.kind, jsonPath(change.path), next + 1, changes.length),
    );
  };
  const goTo = (path: MetadataPath) => {
    const marker = markers.get(jsonPath(path));
    // Only a change's own row is sure to pass the filter.
    if (marker === undefined || marker === 'inside') setOnlyChanges(false);
    if (privateMasked && isPrivatePath(path)) {
      setWaiting(path);
      onAction({ type: 'revealPrivate', revealed: true });
      return;
    }
    setWaiting(null);
    setReveal({ path });
  };
  return { currentChange, reveal, leaveReveal: () => setWaiting(null), onlyChanges, setOnlyChanges, step, goTo };
}
