import type { ReactNode } from 'react';
import { formatCount } from '../jsonTree/formatCount';
import type { CategoryBudget } from './categoryBudget';
import type { MetadataEditorLabels } from './metadataEditorLabels';

export interface BudgetMeterProps {
  budget: CategoryBudget;
  /** The category's title, part of the meter's name. */
  title: string;
  labels: MetadataEditorLabels;
  locale: string | undefined;
}

/** How much of Hanko's 3,000 characters a category uses (`2,140 / 3,000`), and by how much it is over. */
export function BudgetMeter({ budget, title, labels, locale }: BudgetMeterProps): ReactNode {
  const text = labels.budget(formatCount(budget.size, locale), formatCount(budget.limit, locale));
  const over = budget.over ? labels.overLimit(budget.category, formatCount(budget.over, locale)) : undefined;
  return (
    <div className="rum-editor-budget" data-state={budget.over ? 'over' : 'within'}>
      <div
        role="meter"
        aria-label={title}
        aria-valuemin={0}
        aria-valuemax={budget.limit}
        aria-valuenow={Math.min(budget.size, budget.limit)}
        aria-valuetext={over ? `${text}, ${over}` : text}
        className="rum-editor-meter"
      >
        <span style={{ inlineSize: `${Math.min(100, (budget.size / budget.limit) * 100)}%` }} />
      </div>
      <span className="rum-editor-budget-text" aria-hidden="true">
        {text}
      </span>
      {over && <span className="rum-editor-over">{over}</span>}
    </div>
  );
}
