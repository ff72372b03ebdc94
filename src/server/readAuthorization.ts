import { METADATA_CATEGORIES, type MetadataCategory } from '../core/HankoUserMetadata';
import type { UserMetadataProxyTarget } from './matchProxyRoute';

/**
 * What `authorize` may answer instead of `true`: exactly the Hanko metadata categories this caller
 * may read, e.g. `{ categories: ['public_metadata', 'unsafe_metadata', 'private_metadata'] }`.
 * The proxy removes every other category from Hanko's answer before it leaves the server.
 */
export interface UserMetadataGrant {
  readonly categories: readonly MetadataCategory[];
}

/**
 * `true` allows the request with the default grant, a `UserMetadataGrant` allows it with exactly the
 * categories it names; anything else refuses it.
 */
export type UserMetadataAuthorization = boolean | UserMetadataGrant;

/**
 * What a plain `true` lets a caller read: everything but `private_metadata`, which is readable only
 * when a grant names it. The short answer is the safe one.
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

function granted(categories: readonly MetadataCategory[], target: UserMetadataProxyTarget): AuthorizationDecision {
  // Categories are Hanko's; a Synodic user has none to withhold.
  const withheld =
    target.service === 'hanko' ? METADATA_CATEGORIES.filter((category) => !categories.includes(category)) : [];
  return { kind: 'granted', withheld };
}

/**
 * Reads what `authorize` returned. Strictly `true` or an object with `categories`: a truthy session
 * object or "yes" is more likely a bug than a decision, so it refuses. An object whose `categories`
 * is not a list of known categories (a typo such as `'private'`) is reported, not guessed at.
 */
export function readAuthorization(answer: unknown, target: UserMetadataProxyTarget): AuthorizationDecision {
  if (answer === true) return granted(DEFAULT_GRANTED_CATEGORIES, target);
  if (typeof answer !== 'object' || answer === null) return { kind: 'refused' };
  let categories: unknown[];
  try {
    // A getter or a Proxy in an app's object can throw; that is an invalid answer, not a crash.
    if (!('categories' in answer)) return { kind: 'refused' };
    const listed: unknown = answer.categories;
    if (!Array.isArray(listed)) return { kind: 'invalid', problem: 'authorize returned categories that are not a list' };
    categories = Array.from(listed as unknown[]);
  } catch {
    return { kind: 'invalid', problem: 'authorize returned a grant that could not be read' };
  }
  const unknown = categories.filter((category) => !isMetadataCategory(category));
  if (unknown.length > 0) {
    const listed = unknown.map((category) => (typeof category === 'string' ? JSON.stringify(category) : typeof category));
    return {
      kind: 'invalid',
      problem: `authorize granted unknown categories (${listed.join(', ')}); known: ${METADATA_CATEGORIES.join(', ')}`,
    };
  }
  return granted(categories as MetadataCategory[], target);
}
