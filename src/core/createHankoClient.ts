import type { RequestOptions } from './createSynodicClient';
import { type HankoUserMetadata, METADATA_CATEGORIES, type MetadataCategory } from './HankoUserMetadata';
import type { JsonObject } from './json';
import { createRequester } from './request/createRequester';
import { invalidInputError } from './request/invalidInputError';
import { readErrorBody } from './request/readErrorBody';
import type { ServicePolicy } from './request/ServicePolicy';
import { hankoUserMetadataSchema } from './schemas';
import { isUuid } from './validateInput';
import { parseWithheldCategories, WITHHELD_CATEGORIES_HEADER, withholdMetadataCategories } from './withheldCategories';

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

/** How Hanko's admin API `GET /users/{id}/metadata` answers (github.com/teamhanko/docs, `openapi-admin.yaml`). */
export const hankoPolicy: ServicePolicy = {
  service: 'hanko',
  name: 'Hanko',
  input: { name: 'userId', description: 'user id' },
  authHeader: 'authorization',
  authPrefix: 'Bearer ',
  parse: (text) => JSON.parse(text) as unknown,
  // "204 (no body): all three categories are empty, or the user has no metadata row yet."
  emptyBody: 'no-data',
  readErrorBody,
  isErrorDespiteStatus: () => false,
  // Metadata is passed on exactly as stored, `__proto__` keys included; the Hanko query turns
  // structural sharing off for them.
  keepsReceivedJson: true,
};

/** Throws a `TypeError` without a `baseUrl`, or for an `apiKey` that cannot be sent as a header. */
export function createHankoClient(config: HankoClientConfig): HankoClient {
  // Optional calls: plain JavaScript may pass no config, or a baseUrl that is not a string.
  const trimmed = config?.baseUrl?.trim?.();
  if (!trimmed) throw new TypeError('createHankoClient needs a baseUrl.');
  const { baseUrl, get } = createRequester(hankoPolicy, config, trimmed);
  return {
    service: 'hanko',
    baseUrl,
    async getUserMetadata(userId, options) {
      if (!isUuid(userId)) throw invalidInputError(hankoPolicy);
      let withheld: MetadataCategory[] = [];
      const parsed = await get(
        `/users/${userId.toLowerCase()}/metadata`,
        options?.signal,
        hankoUserMetadataSchema,
        // `react-user-metadata/server` names the categories it removed for this caller.
        (headers) => (withheld = parseWithheldCategories(headers.get(WITHHELD_CATEGORIES_HEADER))),
      );
      // Hanko never sends null or {} categories, but a proxy or an older backend might: both mean "empty".
      const metadata: HankoUserMetadata = {};
      for (const category of METADATA_CATEGORIES) {
        const value = parsed?.[category];
        if (value && Object.keys(value).length) metadata[category] = value as JsonObject;
      }
      // Kept in the data, so a cache (and a dehydrated one) still knows "hidden" from "empty".
      return withholdMetadataCategories(Object.keys(metadata).length ? metadata : null, withheld);
    },
  };
}
