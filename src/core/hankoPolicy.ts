import type * as v from 'valibot';
import { parsePlainJson } from './parsePlainJson';
import { loadOnDemand } from './request/loadOnDemand';
import { readErrorBody } from './request/readErrorBody';
import type { ServicePolicy } from './request/ServicePolicy';
import { hankoUserMetadataSchema } from './schemas';
import { hankoIdentity } from './serviceIdentities';

/** A Hanko metadata body as its schema accepts it. */
export type HankoMetadataBody = v.InferOutput<typeof hankoUserMetadataSchema>;

/** Hanko's body, read by `JSON.parse` unless it holds a number that `JSON.parse` would change. */
async function parseHankoBody(text: string): Promise<unknown> {
  const { json, exact } = parsePlainJson(text);
  if (exact) return json;
  // Hanko keeps the number text it was given (`9007199254740993`, `1.0`): so does the client.
  const { parseExactHankoBody } = await loadOnDemand(hankoIdentity, () => import('./parseExactHankoBody'));
  return parseExactHankoBody(text, json);
}

/**
 * How Hanko's admin API `GET` and `PATCH /users/{id}/metadata` answer (github.com/teamhanko/docs,
 * `openapi-admin.yaml`). Loaded by the Hanko client with its first request.
 */
export const hankoPolicy: ServicePolicy<HankoMetadataBody> = {
  ...hankoIdentity,
  parse: parseHankoBody,
  // "204 (no body): all three categories are empty, or the user has no metadata row yet."
  emptyBody: 'no-data',
  readErrorBody,
  isErrorDespiteStatus: () => false,
  schema: hankoUserMetadataSchema,
  // Metadata is passed on exactly as stored, `__proto__` keys included; the Hanko query turns
  // structural sharing off for them.
  keepsReceivedJson: true,
};
