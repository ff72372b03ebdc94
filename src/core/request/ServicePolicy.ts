import type * as v from 'valibot';
import type { ApiService } from '../ApiError';

/** The server's own words in an error body. */
export interface ServerWords {
  message: string | undefined;
  /** Hanko's `code` field. */
  code: number | undefined;
}

/** Which service a message is about: every error names it. */
export interface ServiceIdentity {
  service: ApiService;
  /** Display name, at the start of every message: `Hanko: user not found (HTTP 404).` */
  name: string;
  /** The argument a path is built from, for `invalid-input` errors. */
  input: { name: string; description: string };
}

/**
 * What a requester needs to send a request and wait for its answer. How the answer reads comes later:
 * `loadPolicy` loads it with a client's first request, while that request is in flight, so a page that
 * renders data a server prefetched never downloads the parsing, error-reading and validation code
 * (valibot included).
 */
export interface ServiceConnection<T> extends ServiceIdentity {
  /** Header that carries the API key, and what goes before the key in it (`Bearer `). */
  authHeader: string;
  authPrefix: string;
  loadPolicy: () => Promise<ServicePolicy<T>>;
}

/**
 * How a service's answers read, so the request steps never branch on which service it is. `T` is
 * what its schema accepts.
 */
export interface ServicePolicy<T = unknown> extends ServiceIdentity {
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
  /** What every successful answer's JSON must pass. */
  schema: v.GenericSchema<unknown, T>;
  /**
   * Hand back the JSON exactly as received (once valid) rather than the schema's copy, which leaves
   * `__proto__`, `constructor` and `prototype` keys out: Hanko metadata is what users stored, and an
   * admin must see every key.
   */
  keepsReceivedJson: boolean;
}

/** Our one sentence about an answer: `Synodic: not found (HTTP 404).` */
export function describeAnswer(service: ServiceIdentity, summary: string, status: number): string {
  return `${service.name}: ${summary} (HTTP ${status}).`;
}
