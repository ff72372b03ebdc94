import type { ReactNode } from 'react';
import { formatCount } from '../jsonTree/formatCount';
import { type CategoryBudget, type CountingBudget, isCounted } from './categoryBudget';
import type { MetadataEditorLabels } from './metadataEditorLabels';

export interface BudgetMeterProps {
  budget: CategoryBudget | CountingBudget;
  /** The category's title, part of the meter's name. */
  title: string;
  labels: MetadataEditorLabels;
  locale: string | undefined;
}

/**
 * How much of Hanko's 3,000 characters a category uses (`2,140 / 3,000`), and by how much it is over;
 * "Counting…" (busy) while a large category is still being counted.
 */
export function BudgetMeter({ budget, title, labels, locale }: BudgetMeterProps): ReactNode {
  const counted = isCounted(budget);
  const size = counted ? budget.size : 0;
  const text = counted ? labels.budget(formatCount(size, locale), formatCount(budget.limit, locale)) : labels.counting;
  const over = counted && budget.over ? labels.overLimit(budget.category, formatCount(budget.over, locale)) : undefined;
  return (
    <div className="rum-editor-budget" data-state={counted ? (over ? 'over' : 'within') : 'counting'}>
      <div
        role="meter"
        aria-label={title}
        aria-busy={!counted || undefined}
        aria-valuemin={0}
        aria-valuemax={budget.limit}
        aria-valuenow={Math.min(size, budget.limit)}
        aria-valuetext={over ? `${text}, ${over}` : text}
        className="rum-meter rum-editor-meter"
      >
        <span className="rum-meter-bar" style={{ inlineSize: `${Math.min(100, (size / budget.limit) * 100)}%` }} />
      </div>
      <span className="rum-editor-budget-text" aria-hidden="true">
        {text}
      </span>
      {over && <span className="rum-editor-over">{over}</span>}
    </div>
  );
}
