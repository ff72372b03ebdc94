import * as v from 'valibot';
import { hankoErrorBodySchema, synodicErrorBodySchema } from '../schemas';
import type { ServerWords } from './ServicePolicy';

/**
 * The server's words from either API's error body: Hanko's `{ code, message }` (which the proxy
 * also answers with, for both services) or Synodic's legacy `{ error }`.
 */
export function readErrorBody(json: unknown): ServerWords | undefined {
  const hanko = v.is(hankoErrorBodySchema, json) ? json : undefined;
  const legacy = v.is(synodicErrorBodySchema, json) ? json : undefined;
  return hanko || legacy ? { message: hanko?.message ?? legacy?.error, code: hanko?.code } : undefined;
}

/**
 * Synodic's legacy `{"error": "User not found"}`: an older version of its docs showed it without
 * saying which status comes with it, so it is an error whatever the status.
 */
export function isSynodicLegacyError(json: unknown): boolean {
  return v.is(synodicErrorBodySchema, json) && !Object.hasOwn(json as object, 'created_at');
}
