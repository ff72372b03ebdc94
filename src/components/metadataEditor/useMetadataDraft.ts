'use client';
import { useEffect, useMemo, useRef, useState } from 'react';
import { createMetadataPatch } from '../../core/createMetadataPatch';
import { diffMetadata, type MetadataChange } from '../../core/diffMetadata';
import type { HankoMetadataPatch } from '../../core/HankoMetadataPatch';
import type { HankoUserMetadata } from '../../core/HankoUserMetadata';
import { type CategoryBudget, categoryBudgets } from './categoryBudget';
import { type MetadataDraftAction, metadataDraftReducer } from './metadataDraftReducer';
import { initialMetadataDraftState, type MetadataDraftState, type MetadataPath } from './metadataDraftState';

export interface MetadataDraftView {
  state: MetadataDraftState;
  /** Carries out an action and returns the new state at once (its `refused` says whether it was taken). */
  apply: (action: MetadataDraftAction) => MetadataDraftState;
  /** The merge patch Save sends: empty when nothing changed. */
  patch: HankoMetadataPatch;
  changes: MetadataChange[];
  budgets: CategoryBudget[];
}

/**
 * The draft of `metadata` with what the editor shows of it, each derived value memoized on the draft.
 * New `metadata` (a save's answer, a refetch) becomes the base, with the draft's own changes rebased
 * onto it: after a save they are in the new base, so the draft is clean again.
 */
export function useMetadataDraft(
  metadata: HankoUserMetadata | null,
  readOnlyPaths: readonly MetadataPath[] | undefined,
): MetadataDraftView {
  const [state, setState] = useState(() => initialMetadataDraftState(metadata, { readOnlyPaths }));
  // The newest state, also between an action and the render it causes: a row commit is a rename and
  // a value, the second applied to the state the first made.
  const latest = useRef(state);
  latest.current = state;
  const apply = (action: MetadataDraftAction) => {
    const next = metadataDraftReducer(latest.current, action);
    latest.current = next;
    setState(next);
    return next;
  };
  const seen = useRef(metadata);
  useEffect(() => {
    if (seen.current === metadata) return;
    seen.current = metadata;
    const rebased = metadataDraftReducer(latest.current, { type: 'rebase', current: metadata });
    latest.current = rebased;
    setState(rebased);
  }, [metadata]);
  const { base, draft } = state;
  const patch = useMemo(() => createMetadataPatch(base, draft), [base, draft]);
  const changes = useMemo(() => diffMetadata(base, draft), [base, draft]);
  const budgets = useMemo(() => categoryBudgets(draft), [draft]);
  return { state, apply, patch, changes, budgets };
}
