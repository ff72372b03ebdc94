import { applyMetadataPatch } from './applyMetadataPatch';
import { createMetadataPatch } from './createMetadataPatch';
import { diffMetadata, type MetadataChange } from './diffMetadata';
import { valueAt } from './editAtPath';
import { jsonEqual } from './jsonEqual';
import type { HankoMetadataPatch } from './HankoMetadataPatch';
import type { HankoUserMetadata } from './HankoUserMetadata';

/** A draft moved onto metadata that changed under it (after a 409), and where the two edits met. */
export interface RebasedMetadataDraft {
  /** The current metadata with my edit applied: what saving now would store. */
  draft: HankoUserMetadata | null;
  /** My edit, as the merge patch from the old base to my draft. */
  mine: HankoMetadataPatch;
  /** My changes (old base → my draft). */
  myChanges: MetadataChange[];
  /** Their changes (old base → current metadata). */
  theirChanges: MetadataChange[];
  /** Their changes that the rebased draft no longer holds: mine replaced them. */
  overwritten: MetadataChange[];
}

/**
 * Rebases a draft the way Hanko would merge it: my merge patch (from `base`, where my edit started) is
 * applied to `current` (theirs), so every member only they changed keeps their value and every member
 * I changed gets mine. Where we both changed the same member (or the same array), mine wins, and
 * `overwritten` lists their changes lost that way, for the admin to look at before saving again.
 */
export function rebaseMetadataDraft(
  base: HankoUserMetadata | null | undefined,
  draft: HankoUserMetadata | null | undefined,
  current: HankoUserMetadata | null | undefined,
): RebasedMetadataDraft {
  return rebaseOnTheirChanges(base, draft, current, diffMetadata(base, current));
}

/**
 * `rebaseMetadataDraft` given their changes (`diffMetadata(base, current)`), which for two large
 * documents the editor computes in slices; everything else here costs only what I changed.
 */
export function rebaseOnTheirChanges(
  base: HankoUserMetadata | null | undefined,
  draft: HankoUserMetadata | null | undefined,
  current: HankoUserMetadata | null | undefined,
  theirChanges: MetadataChange[],
): RebasedMetadataDraft {
  const mine = createMetadataPatch(base, draft);
  const rebased = applyMetadataPatch(current, mine);
  const myChanges = diffMetadata(base, draft);
  // Their change survives when the rebased draft holds their value at its path; arrays are sent
  // whole, so my edit of one item also undoes their edit of another.
  const overwritten = theirChanges.filter((change) => {
    const [category, ...rest] = change.path;
    return !jsonEqual(valueAt(rebased?.[category], rest), valueAt(current?.[category], rest));
  });
  return { draft: rebased, mine, myChanges, theirChanges, overwritten };
}

/** The draft moved onto `current` alone (my merge patch applied to it), without the diffs that explain the move. */
export function rebasedDraft(
  base: HankoUserMetadata | null | undefined,
  draft: HankoUserMetadata | null | undefined,
  current: HankoUserMetadata | null | undefined,
): HankoUserMetadata | null {
  return applyMetadataPatch(current, createMetadataPatch(base, draft));
}
