import { createRequester } from './requestJson';
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
  const { baseUrl, authenticated, get } = createRequester(
    'synodic',
    config,
    config.baseUrl ?? SYNODIC_DEFAULT_BASE_URL,
    'x-api-key',
    '',
  );
  return {
    service: 'synodic',
    baseUrl,
    authenticated,
    async getUser(username, options) {
      const user = (await get(
        isValidUsername(username) && `/${encodeURIComponent(username.trim())}`,
        options?.signal,
        synodicUserSchema,
      )) as SynodicUser;
      // Not a zod default: that would cost one more schema class in every bundle, for one missing array.
      user.repositories ??= [];
      return user;
    },
  };
}
