import * as z from 'zod/mini';
import { hankoErrorBodySchema, synodicErrorBodySchema } from '../schemas';
import type { ServerWords } from './ServicePolicy';

/**
 * The server's words from either API's error body: Hanko's `{ code, message }` (which the proxy
 * also answers with, for both services) or Synodic's legacy `{ error }`.
 */
export function readErrorBody(json: unknown): ServerWords | undefined {
  const hanko = z.safeParse(hankoErrorBodySchema, json).data;
  const legacy = z.safeParse(synodicErrorBodySchema, json).data;
  return hanko || legacy ? { message: hanko?.message ?? legacy?.error, code: hanko?.code } : undefined;
}

/**
 * Synodic's legacy `{"error": "User not found"}`: an older version of its docs showed it without
 * saying which status comes with it, so it is an error whatever the status.
 */
export function isSynodicLegacyError(json: unknown): boolean {
  return z.safeParse(synodicErrorBodySchema, json).success && !Object.hasOwn(json as object, 'created_at');
}
