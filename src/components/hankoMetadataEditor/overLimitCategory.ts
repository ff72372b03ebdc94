import type { ApiError } from '../../core/ApiError';
import { METADATA_CATEGORIES, type MetadataCategory } from '../../core/HankoUserMetadata';

/**
 * The category a failed save was over the limit in, or `undefined` for any other failure: Hanko's 400
 * names it in words ("metadata limit exceeded: public metadata must not exceed 3000 characters"), the
 * client's own check (no request sent) names the argument `patch.<category>`.
 */
export function overLimitCategory(error: ApiError): MetadataCategory | undefined {
  if (error.kind === 'invalid-input') {
    return METADATA_CATEGORIES.find((category) => error.input === `patch.${category}`);
  }
  if (error.status !== 400) return undefined;
  const message = (error.serverMessage ?? '').toLowerCase();
  if (!message.includes('limit exceeded')) return undefined;
  return METADATA_CATEGORIES.find((category) => message.includes(category.replace('_', ' ')) || message.includes(category));
}
