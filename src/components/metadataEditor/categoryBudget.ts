import { METADATA_CATEGORIES, type MetadataCategory } from '../../core/HankoUserMetadata';
import { METADATA_CATEGORY_LIMIT } from '../../core/metadataSize';
import { draftSize } from './draftSize';
import type { MetadataDraft } from './metadataDraftState';

/** How much of Hanko's limit a category of the draft uses. */
export interface CategoryBudget {
  category: MetadataCategory;
  /** Characters of compact JSON, as Hanko counts them. */
  size: number;
  limit: number;
  /** Characters over the limit; 0 when the category fits. */
  over: number;
}

/** The budget of each category of a draft, in category order. */
export function categoryBudgets(draft: MetadataDraft): CategoryBudget[] {
  return METADATA_CATEGORIES.map((category) => {
    const value = draft[category];
    // Hanko stores an empty category as nothing: it uses none of the budget.
    const size = Object.keys(value).length ? draftSize(value) : 0;
    return { category, size, limit: METADATA_CATEGORY_LIMIT, over: Math.max(0, size - METADATA_CATEGORY_LIMIT) };
  });
}
