import { type ReactNode, useMemo } from 'react';
import type { MetadataChange } from '../../core/diffMetadata';
import type { HankoMetadataPatch } from '../../core/HankoMetadataPatch';
import { jsonPath } from '../jsonTree/jsonPath';
import { ChangeLine, MASKED } from './ChangeLine';
import { jsonPreview } from './jsonPreview';
import type { MetadataEditorLabels } from './metadataEditorLabels';
import { MoreChanges } from './MoreChanges';
import { useChangesShown } from './useChangesShown';

export interface DraftReviewProps {
  changes: readonly MetadataChange[];
  /** The changes are still being found (a pasted document's diff, a few frames): the heading says so. */
  counting?: boolean;
  /** Private metadata is masked: its changes and its part of the patch are shown without keys or values. */
  privateMasked?: boolean;
  patch: HankoMetadataPatch;
  /** The change shown as current by next/previous, or -1. */
  currentChange: number;
  onStep: (direction: 'next' | 'previous') => void;
  labels: MetadataEditorLabels;
  headingLevel: 2 | 3 | 4 | 5 | 6;
}

/** Characters of the patch the review shows, about a hundred lines of its box. */
const PATCH_SHOWN = 20_000;

/** Before saving: the changes (added, removed, changed), stepped through one by one, and the exact patch. */
export function DraftReview(props: DraftReviewProps): ReactNode {
  const { changes, counting, patch, privateMasked, currentChange, onStep, labels, headingLevel } = props;
  const Heading = `h${headingLevel}` as 'h3';
  // A pasted document's patch can run to megabytes: the review shows its start (Save sends it whole).
  const patchText = useMemo(() => {
    if (!Object.keys(patch).length) return '';
    // Masked, private metadata's part is there (Save sends it) but not what it holds.
    const hidden = privateMasked && patch.private_metadata !== undefined;
    return jsonPreview(hidden ? { ...patch, private_metadata: MASKED } : patch, PATCH_SHOWN);
  }, [patch, privateMasked]);
  const list = useChangesShown(changes.length, currentChange);
  return (
    <section className="rum-editor-review" aria-label={labels.changes(changes.length)}>
      <div className="rum-editor-review-bar">
        <Heading>{counting ? labels.counting : labels.changes(changes.length)}</Heading>
        <button type="button" className="rum-button" disabled={!changes.length} onClick={() => onStep('previous')}>
          {labels.previousChange}
        </button>
        <button type="button" className="rum-button" disabled={!changes.length} onClick={() => onStep('next')}>
          {labels.nextChange}
        </button>
      </div>
      {changes.length > 0 && (
        // A list that scrolls (past a few changes) must be reachable by keyboard, as the patch is.
        <ol className="rum-editor-changes" tabIndex={0}>
          {changes.slice(0, list.shown).map((change, index) => (
            <li
              key={jsonPath(change.path)}
              data-change={change.kind}
              aria-current={index === currentChange || undefined}
            >
              <ChangeLine change={change} privateMasked={privateMasked} labels={labels} />
            </li>
          ))}
        </ol>
      )}
      <MoreChanges list={list} labels={labels} />
      <Heading>{labels.patch}</Heading>
      {patchText ? (
        // A scrolling box must be reachable by keyboard.
        <pre className="rum-editor-patch" tabIndex={0}>
          {patchText}
        </pre>
      ) : (
        <p className="rum-metadata-empty">{labels.noChanges}</p>
      )}
    </section>
  );
}
