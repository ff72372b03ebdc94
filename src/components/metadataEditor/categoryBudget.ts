import { METADATA_CATEGORIES, type MetadataCategory } from '../../core/HankoUserMetadata';
import type { JsonObject } from '../../core/json';
import { METADATA_CATEGORY_LIMIT, metadataSize } from '../../core/metadataSize';
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

// An edit copies only the category it changes, so the others keep their identity and their size.
const sizes = new WeakMap<JsonObject, number>();

function sizeOf(category: JsonObject): number {
  let size = sizes.get(category);
  if (size === undefined) {
    // Hanko stores an empty category as nothing: it uses none of the budget.
    size = Object.keys(category).length ? metadataSize(category) : 0;
    sizes.set(category, size);
  }
  return size;
}

/** The budget of each category of a draft, in category order. */
export function categoryBudgets(draft: MetadataDraft): CategoryBudget[] {
  return METADATA_CATEGORIES.map((category) => {
    const size = sizeOf(draft[category]);
    return { category, size, limit: METADATA_CATEGORY_LIMIT, over: Math.max(0, size - METADATA_CATEGORY_LIMIT) };
  });
}
