'use client';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { MetadataChange } from '../../core/diffMetadata';
import type { RebasedMetadataDraft } from '../../core/rebaseMetadataDraft';
import type { HankoMetadataPatch } from '../../core/HankoMetadataPatch';
import type { HankoUserMetadata } from '../../core/HankoUserMetadata';
import type { CategoryBudget, CountingBudget } from './categoryBudget';
import { applyDraftCommand, isDraftCommand } from './draftCommands';
import { requireEditingParts } from './editingPartsModule';
import type { MetadataDraftAction } from './metadataDraftReducer';
import { initialMetadataDraftState, type MetadataDraftState, type MetadataPath } from './metadataDraftState';
import { runInSlices } from './runInSlices';
import { useCategoryBudgets } from './useCategoryBudgets';
import { NO_CHANGES, useDraftChanges } from './useDraftChanges';

const NO_PATCH: HankoMetadataPatch = {};

export interface MetadataDraftView {
  state: MetadataDraftState;
  /** Carries out an action and returns the new state at once (its `refused` says whether it was taken). */
  apply: (action: MetadataDraftAction) => MetadataDraftState;
  /** The merge patch Save sends: empty when nothing changed. */
  patch: HankoMetadataPatch;
  changes: MetadataChange[];
  /** Each category's budget; a large draft's are `counting` for a few frames after it appears. */
  budgets: (CategoryBudget | CountingBudget)[];
  /** Metadata that arrived under a draft with changes of its own and changes mine do not explain (another admin's): shown as a conflict until `acceptIncoming`. */
  incoming: RebasedMetadataDraft | null;
  /** New metadata is being compared with the base (two large documents take a few frames): Save waits. */
  comparing: boolean;
  /**
   * The draft is still being compared with the base (a pasted document compared with one of its size
   * takes a few frames): `changes` is empty until it is done, and Save waits.
   */
  diffing: boolean;
  /** Moves the draft onto the incoming metadata: their changes kept, mine on top. */
  acceptIncoming: () => void;
}

/**
 * The draft of `metadata` with what the editor shows of it, each derived value memoized on the draft.
 * New `metadata` becomes the base at once when it holds every change of the draft (a save's answer)
 * or when the draft has none; otherwise someone else changed it, and it waits in `incoming` for the
 * admin to compare and accept (a rebase), so nothing of theirs is overwritten unseen.
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
    const next = reduceDraft(latest.current, action);
    latest.current = next;
    setState(next);
    return next;
  };
  const [incoming, setIncoming] = useState<{ metadata: HankoUserMetadata | null; rebased: RebasedMetadataDraft } | null>(null);
  const rebaseOnto = (current: HankoUserMetadata | null) => {
    setIncoming(null);
    apply({ type: 'rebase', current });
  };
  const [comparing, setComparing] = useState(false);
  const seen = useRef(metadata);
  useEffect(() => {
    if (seen.current === metadata) return;
    seen.current = metadata;
    const { base, draft } = latest.current;
    // A draft that is still its base has nothing of mine to keep: the new metadata is the draft.
    if (base === draft) {
      // A comparison of earlier metadata may have been cut short by this one.
      setComparing(false);
      setIncoming(null);
      apply({ type: 'reset', metadata });
      return;
    }
    const parts = requireEditingParts();
    // Nothing of mine to keep, or all of it already there (my save came back): no conflict to show.
    const mine = parts.createMetadataPatch(base, draft);
    const hasMine = Object.keys(mine).length > 0;
    if (!hasMine || !Object.keys(parts.createMetadataPatch(metadata, parts.applyMetadataPatch(metadata, mine))).length) {
      setComparing(false);
      rebaseOnto(metadata);
      return;
    }
    // Another admin's save: what they changed is a diff of two whole documents, computed in slices.
    setComparing(true);
    return runInSlices(parts.startMetadataDiff(base, metadata).run, (theirChanges) => {
      setComparing(false);
      setIncoming({ metadata, rebased: parts.rebaseOnTheirChanges(base, draft, metadata, theirChanges) });
    });
    // `rebaseOnto` only calls setters and the stable `apply` reads a ref.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [metadata]);
  const { base, draft } = state;
  // A draft that is still its base (no edit yet) has no changes, and its editing parts may not be loaded.
  const patch = useMemo(() => (base === draft ? NO_PATCH : requireEditingParts().createMetadataPatch(base, draft)), [base, draft]);
  const changes = useDraftChanges(base, draft);
  const budgets = useCategoryBudgets(draft);
  return {
    state,
    apply,
    patch,
    changes: changes ?? NO_CHANGES,
    budgets,
    incoming: incoming?.rebased ?? null,
    comparing,
    diffing: !changes,
    acceptIncoming: () => incoming && rebaseOnto(incoming.metadata),
  };
}

/**
 * Commands (undo, redo, reveal, a new base) are in the first load; edits come from the editing parts,
 * which load on demand before any edit is asked for (see `useEditingParts`), so their reducer is there.
 */
function reduceDraft(state: MetadataDraftState, action: MetadataDraftAction): MetadataDraftState {
  return isDraftCommand(action) ? applyDraftCommand(state, action) : requireEditingParts().metadataDraftReducer(state, action);
}
