import type { ApiService } from '../ApiError';

/** The server's own words in an error body. */
export interface ServerWords {
  message: string | undefined;
  /** Hanko's `code` field. */
  code: number | undefined;
}

/**
 * What differs between the services a requester talks to, so the request steps never branch on
 * which service it is.
 */
export interface ServicePolicy {
  service: ApiService;
  /** Display name, at the start of every message: `Hanko: user not found (HTTP 404).` */
  name: string;
  /** The argument a path is built from, for `invalid-input` errors. */
  input: { name: string; description: string };
  /** Header that carries the API key, and what goes before the key in it (`Bearer `). */
  authHeader: string;
  authPrefix: string;
  /** Turns a non-empty body into JSON, or a promise of it; throws (or rejects) when it is not JSON. */
  parse: (text: string) => unknown;
  /**
   * An empty (or blank) body: Hanko's "no metadata" (a 204), resolved as `undefined`; or, for
   * Synodic, which always owes a user, data that fails validation like any other wrong shape.
   */
  emptyBody: 'no-data' | 'invalid';
  /** The server's words, when `json` is one of its error bodies. */
  readErrorBody: (json: unknown) => ServerWords | undefined;
  /** True for a body that says it failed although its status is 2xx. */
  isErrorDespiteStatus: (json: unknown) => boolean;
  /**
   * Hand back the JSON exactly as received (once valid) rather than the schema's copy, which leaves
   * `__proto__`, `constructor` and `prototype` keys out: Hanko metadata is what users stored, and an
   * admin must see every key.
   */
  keepsReceivedJson: boolean;
}

/** Our one sentence about an answer: `Synodic: not found (HTTP 404).` */
export function describeAnswer(policy: ServicePolicy, summary: string, status: number): string {
  return `${policy.name}: ${summary} (HTTP ${status}).`;
}
