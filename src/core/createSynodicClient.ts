import { ApiError } from './ApiError';
import { buildHeaders, httpError, requestJson, secretOf, trimSlash, validate } from './requestJson';
import type { SynodicUser } from './SynodicUser';
import { synodicUserSchema } from './schemas';
import { isValidUsername } from './validateInput';

export const SYNODIC_DEFAULT_BASE_URL = 'https://api.synodic.ai/v0';

export interface SynodicClientConfig {
  /** Sent as `x-api-key`. With the key of the user asked for, the response includes plan and usage. */
  apiKey?: string;
  /** Defaults to `https://api.synodic.ai/v0`; point it at your own proxy to keep the key on the server. */
  baseUrl?: string;
  /** A `fetch` to use instead of the global one (tests, instrumentation, Node without global fetch). */
  fetch?: typeof globalThis.fetch;
  /** Extra headers for every request. */
  headers?: HeadersInit;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

export interface SynodicClient {
  readonly service: 'synodic';
  /** The base URL without a trailing slash; part of every query key. */
  readonly baseUrl: string;
  /** Whether requests carry an API key. Part of the query key (the key itself never is). */
  readonly authenticated: boolean;
  getUser(username: string, options?: RequestOptions): Promise<SynodicUser>;
}

export function createSynodicClient(config: SynodicClientConfig = {}): SynodicClient {
  const baseUrl = trimSlash(config.baseUrl ?? SYNODIC_DEFAULT_BASE_URL);
  const apiKey = config.apiKey || undefined;
  const secret = secretOf(apiKey);
  return {
    service: 'synodic',
    baseUrl,
    authenticated: apiKey !== undefined,
    async getUser(username, options = {}) {
      const segment = isValidUsername(username) ? encodeSegment(username.trim()) : undefined;
      if (segment === undefined) {
        throw new ApiError({
          kind: 'invalid-input',
          service: 'synodic',
          input: 'username',
          message: 'A Synodic username is required (not blank, no control characters, at most 256 characters).',
        });
      }
      const { status, json, text } = await requestJson({
        service: 'synodic',
        url: `${baseUrl}/${segment}`,
        headers: buildHeaders(config.headers, apiKey === undefined ? undefined : ['x-api-key', apiKey]),
        fetch: config.fetch ?? globalThis.fetch,
        signal: options.signal,
        secret,
      });
      // An older version of the docs showed `{"error": "User not found"}` without saying which status
      // comes with it, so an error body is an error whatever the status.
      if (
        json !== null &&
        typeof json === 'object' &&
        typeof (json as { error?: unknown }).error === 'string' &&
        !('created_at' in json)
      ) {
        throw httpError('synodic', status, text, secret);
      }
      if (json === undefined) {
        throw new ApiError({
          kind: 'validation',
          service: 'synodic',
          status,
          issues: [{ path: '', message: 'Expected a JSON object, received an empty body' }],
          message: 'Synodic sent an empty answer where a user was expected.',
        });
      }
      return validate('synodic', status, synodicUserSchema, json, 'a user') as SynodicUser;
    },
  };
}

/** One percent-encoded path segment; `undefined` for text with a lone surrogate, which has no UTF-8 form. */
function encodeSegment(value: string): string | undefined {
  try {
    return encodeURIComponent(value);
  } catch {
    return undefined;
  }
}
