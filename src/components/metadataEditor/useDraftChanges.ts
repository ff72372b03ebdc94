'use client';
import { useEffect, useMemo, useState } from 'react';
import type { MetadataChange } from '../../core/diffMetadata';
import { requireEditingParts } from './editingPartsModule';
import type { MetadataDraft } from './metadataDraftState';
import { runInSlices, sliceDeadline } from './runInSlices';

/**
 * The changes from `base` to `draft`, computed without blocking the page: as much of the diff as fits
 * in a few milliseconds during the render (all of it after an edit, since subtrees the draft shares
 * with the base are skipped), the rest in short tasks after the paint. A pasted document compared
 * with one of its size at the same path takes many; until they are done this is `undefined`. A draft
 * that is still its base has none, with no diff: the diff comes with the editing parts, which every
 * edit waits for.
 */
export function useDraftChanges(base: MetadataDraft, draft: MetadataDraft): MetadataChange[] | undefined {
  const diff = useMemo(() => {
    if (base === draft) return { run: () => NO_CHANGES, changes: NO_CHANGES };
    const started = requireEditingParts().startMetadataDiff(base, draft);
    return { run: started.run, changes: started.run(sliceDeadline()) };
  }, [base, draft]);
  // Set when the diff that was still going after the render finishes: the render then shows it.
  const [finished, setFinished] = useState<{ diff: typeof diff; changes: MetadataChange[] }>();
  useEffect(() => (diff.changes ? undefined : runInSlices(diff.run, (changes) => setFinished({ diff, changes }))), [diff]);
  return diff.changes ?? (finished?.diff === diff ? finished.changes : undefined);
}

/** The one empty list of changes: a draft that is its base, and the editor's while a diff is computed, so the memos that read it keep their values. */
export const NO_CHANGES: MetadataChange[] = [];
