'use client';
import { useRef } from 'react';
import type { JsonObject } from '../../core/json';
import { useIsomorphicLayoutEffect } from '../jsonTree/useIsomorphicLayoutEffect';
import { editingPartsModule } from './editingPartsModule';
import type { MetadataDraftAction } from './metadataDraftReducer';
import type { RowEdit } from './rowEdit';

export interface RowCommitOptions {
  /** The row being edited, or `null`. */
  edit: RowEdit | null;
  setEdit: (edit: RowEdit) => void;
  /** The category's draft: what the edit changes. */
  draft: JsonObject;
  /** Carries out an edit; returns whether the draft took it. */
  onAction: (action: MetadataDraftAction) => boolean;
  /** Closes the row's inputs once the edit is in the draft. */
  finishEdit: () => void;
}

/**
 * Commits the row being edited (see `commitRow`, which comes with the editing parts). Here are what it
 * keeps between renders: the newest props, and the edit whose commit waits for the lossless parser.
 */
export function useRowCommit(options: RowCommitOptions): () => void {
  const latest = useRef(options);
  const pending = useRef<RowEdit | null>(null);
  useIsomorphicLayoutEffect(() => {
    latest.current = options;
    // Rendered without the pending form (cancelled, or another row opened): nothing to commit.
    if (!options.edit?.pending) pending.current = null;
  });
  return () => {
    const { edit } = latest.current;
    // The form is open, so the editing parts have loaded.
    const parts = editingPartsModule.loaded();
    if (edit && !edit.pending && parts) parts.commitRow(edit, { latest, pending });
  };
}
