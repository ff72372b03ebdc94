import { createRequester } from './request/createRequester';
import { invalidInputError } from './request/invalidInputError';
import type { ServiceConnection } from './request/ServicePolicy';
import type { SynodicUser } from './SynodicUser';
import { synodicIdentity } from './serviceIdentities';
import type { SynodicUserBody } from './synodicPolicy';
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

/** How the client reaches Synodic; how Synodic answers (`synodicPolicy`) is loaded with the first request. */
const synodicConnection: ServiceConnection<SynodicUserBody> = {
  ...synodicIdentity,
  authHeader: 'x-api-key',
  authPrefix: '',
  loadPolicy: () => import('./synodicPolicy').then(({ synodicPolicy }) => synodicPolicy),
};

/** Throws a `TypeError` for an `apiKey` that cannot be sent as a header; the message never shows the key. */
export function createSynodicClient(config: SynodicClientConfig = {}): SynodicClient {
  const { baseUrl, authenticated, get } = createRequester(
    synodicConnection,
    config,
    config.baseUrl ?? SYNODIC_DEFAULT_BASE_URL,
  );
  return {
    service: 'synodic',
    baseUrl,
    authenticated,
    async getUser(username, options) {
      if (!isValidUsername(username)) throw invalidInputError(synodicIdentity);
      // Synodic's policy has no empty answer: a user, or a rejection.
      const path = `/${encodeURIComponent(username.trim())}`;
      const user = (await get(path, options?.signal)) as SynodicUser;
      // Not a schema default: that would cost one more schema action in every bundle, for one missing array.
      user.repositories ??= [];
      return user;
    },
  };
}
