import type { ReactNode } from 'react';
import type { MetadataChange } from '../../core/diffMetadata';
import type { RebasedMetadataDraft } from '../../core/rebaseMetadataDraft';
import { Icon } from '../Icon';
import { jsonPath } from '../jsonTree/jsonPath';
import { ChangeLine } from './ChangeLine';
import type { MetadataEditorLabels } from './metadataEditorLabels';
import { MoreChanges } from './MoreChanges';
import { useChangesShown } from './useChangesShown';

export interface ConflictViewProps {
  /** Their changes since my edit started, mine, and theirs that rebasing would overwrite with mine. */
  incoming: Pick<RebasedMetadataDraft, 'theirChanges' | 'myChanges' | 'overwritten'>;
  onRebase: () => void;
  /** Private metadata is masked: changes there are listed by kind and category only, as the review lists them. */
  privateMasked?: boolean;
  labels: MetadataEditorLabels;
  headingLevel: 2 | 3 | 4 | 5 | 6;
}

interface ChangeListProps {
  changes: readonly MetadataChange[];
  overwritten?: ReadonlySet<string>;
  privateMasked: boolean | undefined;
  labels: MetadataEditorLabels;
}

function ChangeList({ changes, overwritten, privateMasked, labels }: ChangeListProps) {
  const list = useChangesShown(changes.length);
  return (
    <>
      {/* A list that scrolls (past a few changes) must be reachable by keyboard, as the patch is. */}
      <ul className="rum-editor-changes" tabIndex={0}>
        {changes.slice(0, list.shown).map((change) => {
          const path = jsonPath(change.path);
          return (
            <li key={path} data-change={change.kind} data-overwritten={overwritten?.has(path) || undefined}>
              <ChangeLine change={change} privateMasked={privateMasked} labels={labels} />
            </li>
          );
        })}
      </ul>
      <MoreChanges list={list} labels={labels} />
    </>
  );
}

/**
 * After a 409: what the other admin changed beside what I changed, and "rebase", which moves my draft
 * onto their metadata (their changes kept, mine on top) so it can be saved again.
 */
export function ConflictView({ incoming, onRebase, privateMasked, labels, headingLevel }: ConflictViewProps): ReactNode {
  const { theirChanges: theirs, myChanges: mine, overwritten } = incoming;
  const Heading = `h${headingLevel}` as 'h3';
  const lost = new Set(overwritten.map((change) => jsonPath(change.path)));
  return (
    <section className="rum-editor-conflict" role="alert" aria-label={labels.conflict}>
      <p>
        <Icon name="warning" />
        {labels.conflict}
      </p>
      <div className="rum-editor-conflict-sides">
        <div>
          <Heading>{labels.theirChanges}</Heading>
          <ChangeList changes={theirs} overwritten={lost} privateMasked={privateMasked} labels={labels} />
        </div>
        <div>
          <Heading>{labels.myChanges}</Heading>
          <ChangeList changes={mine} privateMasked={privateMasked} labels={labels} />
        </div>
      </div>
      {overwritten.length > 0 && <p>{labels.overwrites(overwritten.length)}</p>}
      <button type="button" className="rum-button" onClick={onRebase}>
        {labels.rebase}
      </button>
    </section>
  );
}
