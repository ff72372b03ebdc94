import type * as v from 'valibot';
import { isSynodicLegacyError, readErrorBody } from './request/readErrorBody';
import type { ServicePolicy } from './request/ServicePolicy';
import { synodicUserSchema } from './schemas';
import { synodicIdentity } from './serviceIdentities';

/** A Synodic user body as its schema accepts it. */
export type SynodicUserBody = v.InferOutput<typeof synodicUserSchema>;

/**
 * How Synodic's `GET /v0/{user}` answers (https://docs.synodic.ai/user/metadata). Loaded by the
 * Synodic client with its first request.
 */
export const synodicPolicy: ServicePolicy<SynodicUserBody> = {
  ...synodicIdentity,
  parse: (text) => JSON.parse(text) as unknown,
  // Synodic always owes a user: an empty body is reported as unexpected data.
  emptyBody: 'invalid',
  readErrorBody,
  isErrorDespiteStatus: isSynodicLegacyError,
  schema: synodicUserSchema,
  // valibot's copy also drops `constructor` and `prototype` keys: fields the API may add are kept as sent.
  keepsReceivedJson: true,
};
