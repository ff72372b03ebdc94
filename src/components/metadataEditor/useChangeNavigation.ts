'use client';
import { useState } from 'react';
import type { MetadataChange } from '../../core/diffMetadata';
import { jsonPath } from '../jsonTree/jsonPath';
import { adjacentChange, type ChangeMarker } from './changeMarkers';
import type { MetadataPath } from './metadataDraftState';
import type { MetadataEditorLabels } from './metadataEditorLabels';
import type { RevealRequest } from './useRevealRequest';

export interface ChangeNavigation {
  /** The change stepped to last (an index into the changes), or -1. */
  currentChange: number;
  /** The row the trees are asked to focus. */
  reveal: RevealRequest | null;
  onlyChanges: boolean;
  setOnlyChanges: (on: boolean) => void;
  /** Steps to the next or previous change: focus on its row in the tree, announced. */
  step: (direction: 'next' | 'previous') => void;
  /** Focuses the row at a path (a schema issue's), showing every row again if the filter hides it. */
  goTo: (path: MetadataPath) => void;
}

/** Moving through the draft: next/previous change, a schema issue's row, and the "only changes" filter. */
export function useChangeNavigation(
  changes: readonly MetadataChange[],
  markers: ReadonlyMap<string, ChangeMarker>,
  text: MetadataEditorLabels,
  announce: (text: string) => void,
): ChangeNavigation {
  const [currentChange, setCurrentChange] = useState(-1);
  const [reveal, setReveal] = useState<RevealRequest | null>(null);
  const [onlyChanges, setOnlyChanges] = useState(false);
  const step = (direction: 'next' | 'previous') => {
    const next = adjacentChange(changes.length, currentChange, direction);
    setCurrentChange(next);
    const change = changes[next];
    if (!change) return;
    setReveal({ path: change.path });
    announce(text.stepped(change.kind, jsonPath(change.path), next + 1, changes.length));
  };
  const goTo = (path: MetadataPath) => {
    const marker = markers.get(jsonPath(path));
    // Only a change's own row is sure to pass the filter.
    if (marker === undefined || marker === 'inside') setOnlyChanges(false);
    setReveal({ path });
  };
  return { currentChange, reveal, onlyChanges, setOnlyChanges, step, goTo };
}
