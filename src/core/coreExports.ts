// What `react-user-metadata/core` and the main entry both export: what a React app's client code works
// with beside the hooks (clients, errors, query keys, query and mutation options, the types of its data).
// The tools for changing metadata and for the server are exported from core only (see index.ts).
// No React, safe to import on a server or in a React Server Component.

export type { ApiErrorDetails, ApiErrorInit, ApiErrorIssue, ApiErrorKind, ApiErrorOf, ApiService } from './ApiError';
export { ApiError, isApiError } from './ApiError';
export type { HankoClient, HankoClientConfig, UpdateUserMetadataOptions } from './createHankoClient';
export { createHankoClient } from './createHankoClient';
export type { RequestOptions, SynodicClient, SynodicClientConfig } from './createSynodicClient';
export { createSynodicClient, SYNODIC_DEFAULT_BASE_URL } from './createSynodicClient';
export type { ExactNumber } from './exactJson';
export { isExactNumber, isJsonObject } from './exactJson';
export { stringifyExactJson } from './stringifyExactJson';
export type { HankoMetadataPatch } from './HankoMetadataPatch';
export type {
  HankoMetadataData,
  HankoMetadataShape,
  HankoUserMetadata,
  MetadataCategory,
  WithheldCategoriesMark,
} from './HankoUserMetadata';
export { METADATA_CATEGORIES } from './HankoUserMetadata';
export type { HankoMetadataMutationOptions, HankoMetadataUpdate } from './hankoMetadataMutationOptions';
export { hankoMetadataMutationOptions } from './hankoMetadataMutationOptions';
export type { HankoMetadataQueryOptions, HankoMetadataSchemas } from './hankoMetadataQueryOptions';
export { hankoMetadataQueryOptions } from './hankoMetadataQueryOptions';
export type { JsonObject, JsonPrimitive, JsonValue } from './json';
export type { MetadataConflictBody } from './metadataConflict';
export type { HankoMetadataQueryKey, HankoMetadataUpdateKey, SynodicUserQueryKey } from './queryKeys';
export { hankoKeys, synodicKeys } from './queryKeys';
export { MAX_RETRIES, retryDelay, shouldRetry } from './retryPolicy';
export type { StandardSchemaIssue, StandardSchemaResult, StandardSchemaV1 } from './StandardSchema';
export type { SynodicOwnerUser, SynodicPublicUser, SynodicUsage, SynodicUser } from './SynodicUser';
export { isSynodicOwnerView } from './SynodicUser';
export type { SynodicUserQueryOptions } from './synodicUserQueryOptions';
export { synodicUserQueryOptions } from './synodicUserQueryOptions';
export { isUuid, isValidUsername } from './validateInput';
