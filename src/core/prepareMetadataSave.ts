import { applyMetadataPatch } from './applyMetadataPatch';
import { type HankoMetadataPatch, patchCategories } from './HankoMetadataPatch';
import type { HankoUserMetadata } from './HankoUserMetadata';
import { metadataFingerprint } from './metadataFingerprint';
import { assertMetadataFits } from './metadataSize';

/**
 * What a save does before its request: rejects with an `invalid-input` `ApiError` when the result of
 * `patch` on `base` would be over Hanko's limit in a category (Hanko would only refuse it), else resolves
 * to the fingerprint of `base` over the categories the patch names, for the request's header.
 * `hankoMetadataMutationOptions` loads it on the first save, so pages that only read do not carry it.
 */
export async function prepareMetadataSave(
  base: HankoUserMetadata | null,
  patch: HankoMetadataPatch,
): Promise<string> {
  assertMetadataFits(applyMetadataPatch(base, patch));
  return metadataFingerprint(base, patchCategories(patch));
}
