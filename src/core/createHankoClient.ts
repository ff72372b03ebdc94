import { ApiError } from './ApiError';
import type { RequestOptions } from './createSynodicClient';
import { type HankoUserMetadata, METADATA_CATEGORIES } from './HankoUserMetadata';
import type { JsonObject } from './json';
import { buildHeaders, requestJson, secretOf, trimSlash, validate } from './requestJson';
import { hankoUserMetadataSchema } from './schemas';
import { isUuid } from './validateInput';

export interface HankoClientConfig {
  /**
   * The tenant's admin API (`https://{tenant}.hanko.io/admin`), or, in a browser, your own server's
   * proxy route (`/api/hanko`): the admin API sends no CORS headers and its key must stay secret.
   */
  baseUrl: string;
  /** Sent as `Authorization: Bearer …`. Only ever set this on a server. */
  apiKey?: string;
  fetch?: typeof globalThis.fetch;
  headers?: HeadersInit;
}

export interface HankoClient {
  readonly service: 'hanko';
  /** The base URL without a trailing slash; part of every query key. */
  readonly baseUrl: string;
  /** Resolves to `null` when the user has no metadata (HTTP 204). */
  getUserMetadata(userId: string, options?: RequestOptions): Promise<HankoUserMetadata | null>;
}

export function createHankoClient(config: HankoClientConfig): HankoClient {
  if (typeof config?.baseUrl !== 'string' || config.baseUrl.trim() === '') {
    throw new TypeError(
      'createHankoClient needs a baseUrl: your tenant admin URL on a server, or your own proxy route in a browser.',
    );
  }
  const baseUrl = trimSlash(config.baseUrl.trim());
  const apiKey = config.apiKey || undefined;
  const secret = secretOf(apiKey);
  return {
    service: 'hanko',
    baseUrl,
    async getUserMetadata(userId, options = {}) {
      if (!isUuid(userId)) {
        throw new ApiError({
          kind: 'invalid-input',
          service: 'hanko',
          input: 'userId',
          message: 'A Hanko user id must be a UUID such as 3f2504e0-4f89-41d3-9a0c-0305e82c3301.',
        });
      }
      const { status, json } = await requestJson({
        service: 'hanko',
        url: `${baseUrl}/users/${userId.toLowerCase()}/metadata`,
        headers: buildHeaders(config.headers, apiKey === undefined ? undefined : ['authorization', `Bearer ${apiKey}`]),
        fetch: config.fetch ?? globalThis.fetch,
        signal: options.signal,
        secret,
      });
      if (json === undefined) return null;
      const parsed = validate('hanko', status, hankoUserMetadataSchema, json, 'user metadata');
      // Hanko never sends null or {} categories, but a proxy or an older backend might: both mean "empty".
      const metadata: HankoUserMetadata = {};
      for (const category of METADATA_CATEGORIES) {
        const value = parsed[category];
        if (value && Object.keys(value).length > 0) metadata[category] = value as JsonObject;
      }
      return Object.keys(metadata).length > 0 ? metadata : null;
    },
  };
}
