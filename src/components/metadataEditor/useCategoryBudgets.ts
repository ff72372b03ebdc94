'use client';
import { useEffect, useMemo, useState } from 'react';
import { METADATA_CATEGORIES } from '../../core/HankoUserMetadata';
import { METADATA_CATEGORY_LIMIT } from '../../core/metadataSize';
import { type CategoryBudget, type CountingBudget, categoryBudget } from './categoryBudget';
import { countDraftSize } from './draftSize';
import type { MetadataDraft } from './metadataDraftState';
import { runInSlices, sliceDeadline } from './runInSlices';

/** The sizes of a draft's categories, counted a slice at a time. */
function draftCount(draft: MetadataDraft) {
  const counts = METADATA_CATEGORIES.map((category) => {
    const value = draft[category];
    // Hanko stores an empty category as nothing: it uses none of the budget.
    return Object.keys(value).length ? countDraftSize(value) : undefined;
  });
  const sizes = counts.map((count): number | undefined => (count ? undefined : 0));
  const done = () => sizes.every((size) => size !== undefined);
  let budgets: (CategoryBudget | CountingBudget)[] | undefined;
  /** Counts until `pause()` says stop; true once every size is known. */
  const run = (pause: () => boolean) => {
    budgets = undefined;
    counts.forEach((count, index) => {
      if (sizes[index] === undefined) sizes[index] = count?.run(pause);
    });
    return done() || undefined;
  };
  /** The budgets as counted so far: the same array until `run` counts more. */
  const current = () =>
    (budgets ??= METADATA_CATEGORIES.map((category, index) => {
      const size = sizes[index];
      return size === undefined ? { category, limit: METADATA_CATEGORY_LIMIT, counting: true } : categoryBudget(category, size);
    }));
  return { run, done, budgets: current };
}

/**
 * The budget of each category of `draft`, counted without blocking the page: as much as fits in a
 * few milliseconds during the render (all of it after an edit, which re-measures only its path, and
 * for any draft of Hanko's sizes), the rest of a large draft in short tasks after the paint, its
 * budgets `counting` meanwhile.
 */
export function useCategoryBudgets(draft: MetadataDraft): (CategoryBudget | CountingBudget)[] {
  const count = useMemo(() => {
    const started = draftCount(draft);
    started.run(sliceDeadline());
    return started;
  }, [draft]);
  // Set when the count that was still going after the render finishes: the render then shows it.
  const [, setFinished] = useState<object>();
  useEffect(() => (count.done() ? undefined : runInSlices(count.run, () => setFinished(count))), [count]);
  return count.budgets();
}
