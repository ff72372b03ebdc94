import type { ReactNode } from 'react';
import type { MetadataCategory } from '../../core/HankoUserMetadata';
import { Icon } from '../Icon';
import { BudgetMeter } from './BudgetMeter';
import type { CategoryBudget, CountingBudget } from './categoryBudget';
import type { ChangeMarker } from './changeMarkers';
import { MetadataCategoryTree } from './MetadataCategoryTree';
import type { MetadataDraftAction } from './metadataDraftReducer';
import type { MetadataDraftState } from './metadataDraftState';
import type { MetadataEditorLabels } from './metadataEditorLabels';

export interface CategorySectionProps {
  category: MetadataCategory;
  state: MetadataDraftState;
  budget: CategoryBudget | CountingBudget;
  markers: ReadonlyMap<string, ChangeMarker>;
  issues: ReadonlyMap<string, string>;
  /** The server's word on this category (a 400 over the limit), shown under its title. */
  error: string | undefined;
  onAction: (action: MetadataDraftAction) => boolean;
  onCommand: (command: 'undo' | 'redo') => void;
  labels: MetadataEditorLabels;
  locale: string | undefined;
  height: number;
  rowHeight: number;
  headingLevel: 2 | 3 | 4 | 5 | 6;
}

/** One category: title, budget, its tree (or why it is not shown), and "+" to add a member at its top. */
export function CategorySection(props: CategorySectionProps): ReactNode {
  const { category, state, labels, onAction } = props;
  const title = labels.title(category);
  const Heading = `h${props.headingLevel}` as 'h3';
  const withheld = state.withheld.includes(category);
  const isPrivate = category === 'private_metadata';
  const masked = isPrivate && !state.privateRevealed;
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
          <button
            type="button"
            className="rum-button rum-metadata-reveal"
            onClick={() => onAction({ type: 'revealPrivate', revealed: !state.privateRevealed })}
          >
            {/* As the inspector's: the button says what it will do. */}
            <Icon name={state.privateRevealed ? 'eye-off' : 'eye'} />
            {state.privateRevealed ? labels.hide : labels.reveal}
          </button>
        )}
        {!withheld && !masked && (
          <button
            type="button"
            className="rum-button"
            aria-label={labels.named(labels.add, title)}
            onClick={() => onAction({ type: 'add', path: [category] })}
          >
            <Icon name="plus" />
            {labels.add}
          </button>
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
        <p className="rum-metadata-empty">{labels.masked}</p>
      ) : (
        <MetadataCategoryTree
          category={category}
          value={state.draft[category]}
          label={title}
          markers={props.markers}
          issues={props.issues}
          onAction={onAction}
          onCommand={props.onCommand}
          labels={labels}
          locale={props.locale}
          height={props.height}
          rowHeight={props.rowHeight}
        />
      )}
    </section>
  );
}
