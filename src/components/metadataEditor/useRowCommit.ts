'use client';
import { useRef } from 'react';
import { valueAt } from '../../core/editAtPath';
import type { JsonObject, JsonValue } from '../../core/json';
import { useIsomorphicLayoutEffect } from '../jsonTree/useIsomorphicLayoutEffect';
import { loadLosslessParser, NEEDS_PARSER } from './losslessParser';
import type { MetadataDraftAction } from './metadataDraftReducer';
import { commitRowEdit, type RowEdit, type RowEditProblem } from './rowEdit';

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
 * Commits the row being edited. A number only the lossless parser keeps exact waits for it to load: the
 * edit is `pending` (its form stays open, a second Enter does nothing), then commits as it is by then,
 * unless it was cancelled meanwhile; a failed load is the form's problem, and the next Enter tries again.
 */
export function useRowCommit(options: RowCommitOptions): () => void {
  const latest = useRef(options);
  useIsomorphicLayoutEffect(() => {
    latest.current = options;
  });

  const commitNow = (edit: RowEdit) => {
    const { draft, onAction, setEdit, finishEdit } = latest.current;
    const actions = commitRowEdit(edit, valueAt(draft, edit.path.slice(1)) as JsonValue);
    if (actions === NEEDS_PARSER) {
      const waiting: RowEdit = { ...edit, pending: true, problem: undefined };
      setEdit(waiting);
      // Seen by `resume` even if the parser arrives before React renders the pending form.
      latest.current = { ...latest.current, edit: waiting };
      loadLosslessParser().then(
        () => resume(),
        () => resume('parser-unavailable'),
      );
    } else if (typeof actions === 'string') setEdit({ ...edit, pending: false, problem: actions });
    else if (actions.every(onAction)) finishEdit();
    else if (edit.pending) setEdit({ ...edit, pending: false });
  };
  const resume = (problem?: RowEditProblem) => {
    const waiting = latest.current.edit;
    // Cancelled (or another row opened) while the parser loaded: nothing to commit.
    if (!waiting?.pending) return;
    if (problem) latest.current.setEdit({ ...waiting, pending: false, problem });
    else commitNow(waiting);
  };

  return () => {
    const { edit } = latest.current;
    if (edit && !edit.pending) commitNow(edit);
  };
}
