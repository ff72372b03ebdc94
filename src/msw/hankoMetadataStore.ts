import { applyMetadataPatch } from '../core/applyMetadataPatch';
import { stringifyExactJson } from '../core/stringifyExactJson';
import { parseExactJson } from '../core/parseExactJson';
import type { HankoMetadataPatch } from '../core/HankoMetadataPatch';
import type { HankoUserMetadata } from '../core/HankoUserMetadata';
import { hankoFixtures } from './hankoFixtures';

/**
 * Users and their metadata in memory, shared by the GET and PATCH mocks so an edit shows in the next
 * read (a Storybook story keeps its edits until the page reloads). Ids match in any case.
 */
export interface HankoMetadataStore {
  /** The user's metadata (`null` for none), or `undefined` when there is no such user. */
  get(userId: string): HankoUserMetadata | null | undefined;
  /** Adds the user, or replaces their metadata. */
  set(userId: string, metadata: HankoUserMetadata | null): void;
  /** Applies a merge patch as Hanko does and returns the new metadata; `undefined` for an unknown user. */
  patch(userId: string, patch: HankoMetadataPatch | null): HankoUserMetadata | null | undefined;
  /** Back to the users the store was created with. */
  reset(): void;
}

/**
 * A store holding `users` (id → metadata); by default `hankoFixtures.userId` with `hankoFixtures.full`
 * and `hankoFixtures.otherUserId` with none.
 */
export function createHankoMetadataStore(
  users: Readonly<Record<string, HankoUserMetadata | null>> = {
    [hankoFixtures.userId]: hankoFixtures.full,
    [hankoFixtures.otherUserId]: null,
  },
): HankoMetadataStore {
  // Kept as JSON text: nothing a caller does to a returned object reaches the store, and exact numbers
  // come back as they went in.
  const texts = new Map<string, string>();
  const store: HankoMetadataStore = {
    get(userId) {
      const text = texts.get(userId.toLowerCase());
      return text === undefined ? undefined : (parseExactJson(text) as HankoUserMetadata | null);
    },
    set(userId, metadata) {
      texts.set(userId.toLowerCase(), stringifyExactJson(applyMetadataPatch(metadata, {})));
    },
    patch(userId, patch) {
      const current = store.get(userId);
      if (current === undefined) return undefined;
      const next = applyMetadataPatch(current, patch);
      store.set(userId, next);
      return next;
    },
    reset() {
      texts.clear();
      for (const [userId, metadata] of Object.entries(users)) store.set(userId, metadata);
    },
  };
  store.reset();
  return store;
}
