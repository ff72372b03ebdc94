import type { HankoUserMetadata } from './HankoUserMetadata';

/**
 * The body of a `409` from the library's proxy (and its msw mocks) when the metadata changed since the
 * edit's fingerprint was taken: Hanko's error shape, plus the metadata as it is now, so an editor can
 * show what changed and start again from it.
 */
export interface MetadataConflictBody {
  code: 409;
  message: string;
  metadata: HankoUserMetadata | null;
}

export const METADATA_CONFLICT_MESSAGE = 'metadata changed since it was read';
