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

/** A category whose size is still being counted (a large one is counted over several frames): it cannot be saved yet. */
export interface CountingBudget {
  category: MetadataCategory;
  limit: number;
  counting: true;
}

/** The budget of a category of `size` characters; Hanko stores an empty category as nothing, so it uses none. */
export function categoryBudget(category: MetadataCategory, size: number): CategoryBudget {
  return { category, size, limit: METADATA_CATEGORY_LIMIT, over: Math.max(0, size - METADATA_CATEGORY_LIMIT) };
}

/** True for a budget whose size is known. */
export const isCounted = (budget: CategoryBudget | CountingBudget): budget is CategoryBudget => !('counting' in budget);

/** The budget of each category of a draft, in category order, counted at once. */
export function categoryBudgets(draft: MetadataDraft): CategoryBudget[] {
  return METADATA_CATEGORIES.map((category) => {
    const value = draft[category];
    return categoryBudget(category, Object.keys(value).length ? draftSize(value) : 0);
  });
}
