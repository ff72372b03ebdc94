import type { HankoClient } from './createHankoClient';
import type { HankoMetadataPatch } from './HankoMetadataPatch';
import type { HankoUserMetadata } from './HankoUserMetadata';
import { type HankoMetadataUpdateKey, hankoKeys } from './queryKeys';
import { loadOnDemand } from './request/loadOnDemand';
import { hankoIdentity } from './serviceIdentities';

/** One edit: the metadata it started from (as read, `null` for none) and the merge patch to send. */
export interface HankoMetadataUpdate {
  /**
   * What the edit was made against, exactly as the metadata query returned it. Its fingerprint goes
   * with the request, so the proxy refuses (409) when someone changed the metadata in the meantime.
   */
  base: HankoUserMetadata | null;
  /** The change; `createMetadataPatch(base, draft)` gives the smallest one. */
  patch: HankoMetadataPatch;
}

export interface HankoMetadataMutationOptions {
  mutationKey: HankoMetadataUpdateKey;
  mutationFn: (update: HankoMetadataUpdate) => Promise<HankoUserMetadata | null>;
  /**
   * Edits of one user run one after another, so each starts from what the previous one left (a
   * parallel second edit would only meet a 409).
   */
  scope: { id: string };
  /** Never retried: a write that may have happened must not be sent twice behind the user's back. */
  retry: false;
}

/**
 * Mutation options for editing one user's metadata (`useMutation(hankoMetadataMutationOptions(client, id))`):
 * resolves to the metadata Hanko stored (`null` when none is left), rejects with an `ApiError`: kind
 * `invalid-input` for a bad id or a result over 3,000 characters in a category (no request sent), `http`
 * with status 409 when the metadata changed since `base` was read, `network` (no request sent) when the
 * code a save loads on demand cannot be loaded.
 */
export function hankoMetadataMutationOptions(
  client: HankoClient,
  userId: string | null | undefined,
): HankoMetadataMutationOptions {
  const id = userId ?? '';
  const mutationKey = hankoKeys.metadataUpdate(client.baseUrl, id);
  return {
    mutationKey,
    mutationFn: async ({ base, patch }) => {
      // The size check and the fingerprint load with the first save, as the client's PATCH writer does.
      const { prepareMetadataSave } = await loadOnDemand(hankoIdentity, () => import('./prepareMetadataSave'));
      const fingerprint = await prepareMetadataSave(base, patch);
      return client.updateUserMetadata(id, patch, { fingerprint });
    },
    scope: { id: mutationKey.join('\u0000') },
    retry: false,
  };
}
