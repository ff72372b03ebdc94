import type { RequestOptions } from './createSynodicClient';
import type { HankoMetadataPatch } from './HankoMetadataPatch';
import type { HankoUserMetadata, MetadataCategory } from './HankoUserMetadata';
import type { HankoMetadataBody } from './hankoPolicy';
import { nonEmptyCategories } from './nonEmptyCategories';
import { createRequester, type RequestWithBody } from './request/createRequester';
import { invalidInputError } from './request/invalidInputError';
import { loadOnDemand } from './request/loadOnDemand';
import type { ServiceConnection } from './request/ServicePolicy';
import { hankoIdentity } from './serviceIdentities';
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
  /**
   * Sends a merge patch (`PATCH /users/{id}/metadata`) and resolves to what Hanko stored, `null` when
   * nothing is left (HTTP 204). `fingerprint` (from `metadataFingerprint`) goes in the
   * `x-metadata-fingerprint` header, so the library's proxy answers 409 if the metadata changed since.
   * `hankoMetadataMutationOptions` computes it, and checks the size first.
   */
  updateUserMetadata(
    userId: string,
    patch: HankoMetadataPatch | null,
    options?: UpdateUserMetadataOptions,
  ): Promise<HankoUserMetadata | null>;
}

export interface UpdateUserMetadataOptions extends RequestOptions {
  /** The fingerprint of the metadata the patch was made against, over the categories it names. */
  fingerprint?: string | undefined;
}

/** How the client reaches Hanko; how Hanko answers (`hankoPolicy`) is loaded with the first request. */
const hankoConnection: ServiceConnection<HankoMetadataBody> = {
  ...hankoIdentity,
  authHeader: 'authorization',
  authPrefix: 'Bearer ',
  loadPolicy: () => import('./hankoPolicy').then(({ hankoPolicy }) => hankoPolicy),
};

/** Throws a `TypeError` without a `baseUrl`, or for an `apiKey` that cannot be sent as a header. */
export function createHankoClient(config: HankoClientConfig): HankoClient {
  // Optional calls: plain JavaScript may pass no config, or a baseUrl that is not a string.
  const trimmed = config?.baseUrl?.trim?.();
  if (!trimmed) throw new TypeError('createHankoClient needs a baseUrl.');
  const { baseUrl, get, send } = createRequester(hankoConnection, config, trimmed);

  /** GET (or, with a body, PATCH) a user's metadata: Hanko's shape, plus the categories the proxy withheld. */
  const request = async (userId: string, signal: AbortSignal | undefined, body?: RequestWithBody) => {
    const path = `/users/${userId.toLowerCase()}/metadata`;
    let withheld: MetadataCategory[] = [];
    // `react-user-metadata/server` names the categories it removed for this caller.
    const readWithheld = (headers: Headers) => {
      withheld = parseWithheldCategories(headers.get(WITHHELD_CATEGORIES_HEADER));
    };
    const parsed = body
      ? await send(path, signal, body, readWithheld)
      : await get(path, signal, readWithheld);
    // Only the three categories, each when non-empty: Hanko never sends null or {} categories, but a
    // proxy or an older backend might, and both mean "empty". The withheld ones are kept in the data,
    // so a cache (and a dehydrated one) still knows "hidden" from "empty".
    return withholdMetadataCategories(nonEmptyCategories(parsed), withheld);
  };
  return {
    service: 'hanko',
    baseUrl,
    async getUserMetadata(userId, options) {
      if (!isUuid(userId)) throw invalidInputError(hankoIdentity);
      return request(userId, options?.signal);
    },
    async updateUserMetadata(userId, patch, options) {
      if (!isUuid(userId)) throw invalidInputError(hankoIdentity);
      const { metadataPatchRequest } = await loadOnDemand(hankoIdentity, () => import('./metadataPatchRequest'));
      return request(userId, options?.signal, metadataPatchRequest(patch, options?.fingerprint));
    },
  };
}
