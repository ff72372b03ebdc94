import { METADATA_CATEGORIES, type MetadataCategory } from '../core/HankoUserMetadata';
import type { UserMetadataProxyTarget } from './matchProxyRoute';

/**
 * What `authorize` may answer instead of `true`: exactly the Hanko metadata categories this caller
 * may read, e.g. `{ categories: ['public_metadata', 'unsafe_metadata', 'private_metadata'] }`, and
 * those it may change, e.g. `{ categories: [...], write: ['public_metadata'] }`. The proxy removes
 * every other category from Hanko's answer before it leaves the server, and refuses a patch that
 * touches a category not in `write`.
 */
export interface UserMetadataGrant {
  readonly categories: readonly MetadataCategory[];
  /**
   * Categories this caller may change with `PATCH` (none when left out). Each must also be in
   * `categories`: an edit is checked against the metadata its author read, so a category they cannot
   * read could never pass that check.
   */
  readonly write?: readonly MetadataCategory[];
}

/**
 * `true` allows a read with the default grant, a `UserMetadataGrant` allows reads of exactly the
 * categories it names and writes of those in its `write`; anything else refuses the request.
 */
export type UserMetadataAuthorization = boolean | UserMetadataGrant;

/**
 * What a plain `true` lets a caller read: everything but `private_metadata`, which is readable only
 * when a grant names it. The short answer is the safe one. It lets nobody write.
 */
export const DEFAULT_GRANTED_CATEGORIES: readonly MetadataCategory[] = ['public_metadata', 'unsafe_metadata'];

/** `authorize`'s answer, read: refuse, or forward and remove the `withheld` categories. */
export type AuthorizationDecision =
  | { kind: 'refused' }
  | { kind: 'invalid'; problem: string }
  | { kind: 'granted'; withheld: readonly MetadataCategory[] };

function isMetadataCategory(value: unknown): value is MetadataCategory {
  return METADATA_CATEGORIES.includes(value as MetadataCategory);
}

interface ReadableGrant {
  read: readonly MetadataCategory[];
  write: readonly MetadataCategory[];
}

/** A list of category names from a grant, or the problem with it. */
function readCategoryList(listed: unknown, member: 'categories' | 'write'): MetadataCategory[] | string {
  if (!Array.isArray(listed)) return `authorize returned ${member} that are not a list`;
  const names = Array.from(listed as unknown[]);
  const unknown = names.filter((category) => !isMetadataCategory(category));
  if (unknown.length === 0) return names as MetadataCategory[];
  const shown = unknown.map((category) => (typeof category === 'string' ? JSON.stringify(category) : typeof category));
  const where = member === 'write' ? ' to write' : '';
  return `authorize granted unknown categories${where} (${shown.join(', ')}); known: ${METADATA_CATEGORIES.join(', ')}`;
}

/** The grant an object answer describes; `undefined` to refuse; a string for a grant that cannot be used. */
function readGrantObject(answer: object): ReadableGrant | string | undefined {
  let read: MetadataCategory[] | string;
  let write: MetadataCategory[] | string;
  try {
    // A getter or a Proxy in an app's object can throw; that is an invalid answer, not a crash.
    if (!('categories' in answer)) {
      return 'write' in answer ? 'authorize returned a write grant without categories to read' : undefined;
    }
    read = readCategoryList(answer.categories, 'categories');
    // `write: undefined` (from `write: isEditor ? [...] : undefined`) grants no writes, like no `write`.
    write = 'write' in answer && answer.write !== undefined ? readCategoryList(answer.write, 'write') : [];
  } catch {
    return 'authorize returned a grant that could not be read';
  }
  if (typeof read === 'string') return read;
  if (typeof write === 'string') return write;
  const unreadable = write.filter((category) => !read.includes(category));
  if (unreadable.length > 0) {
    const names = unreadable.join(', ');
    return `authorize granted writes to ${names} but not reads: a category written must also be in categories`;
  }
  return { read, write };
}

/**
 * Reads what `authorize` returned. Strictly `true` or an object with `categories`: a truthy session
 * object or "yes" is more likely a bug than a decision, so it refuses. An object whose `categories`
 * or `write` is not a list of known categories (a typo such as `'private'`) is reported, not guessed
 * at. A write is allowed only when every category it changes is in the grant's `write`.
 */
export function readAuthorization(answer: unknown, target: UserMetadataProxyTarget): AuthorizationDecision {
  let grant: ReadableGrant;
  if (answer === true) grant = { read: DEFAULT_GRANTED_CATEGORIES, write: [] };
  else if (typeof answer !== 'object' || answer === null) return { kind: 'refused' };
  else {
    const read = readGrantObject(answer);
    if (read === undefined) return { kind: 'refused' };
    if (typeof read === 'string') return { kind: 'invalid', problem: read };
    grant = read;
  }
  if (target.operation === 'write' && !target.categories.every((category) => grant.write.includes(category))) {
    return { kind: 'refused' };
  }
  // Categories are Hanko's; a Synodic user has none to withhold.
  const withheld =
    target.service === 'hanko' ? METADATA_CATEGORIES.filter((category) => !grant.read.includes(category)) : [];
  return { kind: 'granted', withheld };
}
