import { type ReactNode, useId } from 'react';
import type { MetadataChange } from '../../core/diffMetadata';
import type { MetadataCategory } from '../../core/HankoUserMetadata';
import { Icon } from '../Icon';
import { jsonPath } from '../jsonTree/jsonPath';
import { BudgetMeter } from './BudgetMeter';
import type { CategoryBudget, CountingBudget } from './categoryBudget';
import type { ChangeMarker } from './changeMarkers';
import { IssueList } from './IssueList';
import { RevealButton } from './RevealButton';
import { MetadataCategoryTree } from './MetadataCategoryTree';
import type { MetadataDraftAction } from './metadataDraftReducer';
import type { MetadataDraftState, MetadataPath } from './metadataDraftState';
import type { MetadataEditorLabels } from './metadataEditorLabels';
import { AddMemberButton } from './AddMemberButton';
import type { EditingPartsAccess } from './useEditingParts';
import type { DraftIssue } from './useDraftIssues';
import type { RevealRequest } from './useRevealRequest';

export interface CategorySectionProps {
  category: MetadataCategory;
  state: MetadataDraftState;
  budget: CategoryBudget | CountingBudget;
  changes: readonly MetadataChange[];
  markers: ReadonlyMap<string, ChangeMarker>;
  /** Every category's schema issues: this one lists its own. */
  issues: readonly DraftIssue[];
  issuesByPath: ReadonlyMap<string, string>;
  onlyChanges: boolean;
  /** A row to focus (a change stepped to, an issue picked), if in this category. */
  reveal: RevealRequest | null;
  /** Focus left Reveal: a change stepped to no longer waits for it. */
  onRevealLeft: () => void;
  onStepChange: (direction: 'next' | 'previous') => void;
  /** Moves focus to a row (an issue's). */
  onGoTo: (path: MetadataPath) => void;
  /** The server's word on this category (a 400 over the limit), shown under its title. */
  error: string | undefined;
  onAction: (action: MetadataDraftAction) => boolean;
  onCommand: (command: 'undo' | 'redo') => void;
  /** The editing parts, loaded on demand: "+" adds once they are there. */
  editingParts: EditingPartsAccess;
  labels: MetadataEditorLabels;
  locale: string | undefined;
  height: number;
  rowHeight: number;
  headingLevel: 2 | 3 | 4 | 5 | 6;
}

/**
 * One category: title, budget, its tree (or why it is not shown), "+" to add a member at its top, and
 * the list of its schema issues.
 */
export function CategorySection(props: CategorySectionProps): ReactNode {
  const { category, state, labels, onAction } = props;
  const issuesId = useId();
  const issues = props.issues.filter((issue) => issue.category === category);
  const title = labels.title(category);
  const Heading = `h${props.headingLevel}` as 'h3';
  const withheld = state.withheld.includes(category);
  const isPrivate = category === 'private_metadata';
  const masked = isPrivate && !state.privateRevealed;
  const { editingParts } = props;
  // With only changes shown, "No changes" when it has none: masked, that tells nothing of its keys or values.
  const noChangesHere = props.onlyChanges && !props.markers.has(jsonPath([category]));
  return (
    <section
      className="rum-metadata-section rum-editor-section"
      data-category={category}
      data-state={withheld ? 'withheld' : masked ? 'masked' : 'shown'}
    >
      <div className="rum-editor-section-bar">
        <Heading>
          {isPrivate && <Icon name="lock" />}
          {title}
        </Heading>
        {!withheld && <BudgetMeter budget={props.budget} title={title} labels={labels} locale={props.locale} />}
        {isPrivate && !withheld && (
          <RevealButton
            revealed={state.privateRevealed}
            onReveal={(revealed) => onAction({ type: 'revealPrivate', revealed })}
            request={props.reveal}
            onLeave={props.onRevealLeft}
            labels={labels}
          />
        )}
        {!withheld && !masked && (
          <AddMemberButton category={category} title={title} editingParts={editingParts} onAction={onAction} labels={labels} />
        )}
      </div>
      {props.error && (
        <p className="rum-editor-error" role="alert">
          {props.error}
        </p>
      )}
      {withheld ? (
        <p className="rum-metadata-empty">{labels.withheld(category)}</p>
      ) : masked ? (
        <p className="rum-metadata-empty">{noChangesHere ? labels.noChangesHere : labels.masked}</p>
      ) : (
        <MetadataCategoryTree
          category={category}
          value={state.draft[category]}
          label={title}
          changes={props.changes}
          markers={props.markers}
          issues={props.issuesByPath}
          onlyChanges={props.onlyChanges}
          noChangesHere={noChangesHere}
          reveal={props.reveal}
          onAction={onAction}
          onCommand={props.onCommand}
          onStepChange={props.onStepChange}
          editingParts={editingParts}
          labels={labels}
          locale={props.locale}
          height={props.height}
          rowHeight={props.rowHeight}
        />
      )}
      {!withheld && <IssueList issues={issues} masked={masked} onGoTo={props.onGoTo} labels={labels} titleId={issuesId} />}
    </section>
  );
}
