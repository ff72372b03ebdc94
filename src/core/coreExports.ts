// What `react-user-metadata/core` and the main entry both export: all of core but the response schemas
// (see index.ts). No React, safe to import on a server or in a React Server Component.

export type { ApiErrorDetails, ApiErrorInit, ApiErrorIssue, ApiErrorKind, ApiErrorOf, ApiService } from './ApiError';
export { ApiError, isApiError } from './ApiError';
export { applyMetadataPatch } from './applyMetadataPatch';
export type { HankoClient, HankoClientConfig, UpdateUserMetadataOptions } from './createHankoClient';
export { createHankoClient } from './createHankoClient';
export { createMetadataPatch } from './createMetadataPatch';
export type { RequestOptions, SynodicClient, SynodicClientConfig } from './createSynodicClient';
export { createSynodicClient, SYNODIC_DEFAULT_BASE_URL } from './createSynodicClient';
export type { MetadataChange, MetadataChangeKind, MetadataDiff } from './diffMetadata';
export { diffMetadata, startMetadataDiff } from './diffMetadata';
export type { JsonKey } from './editAtPath';
export type { ExactNumber } from './exactJson';
export { isExactNumber, isJsonObject } from './exactJson';
export { jsonEqual } from './jsonEqual';
export { stringifyExactJson } from './stringifyExactJson';
export type { HankoMetadataPatch } from './HankoMetadataPatch';
export { isHankoMetadataPatch, patchCategories } from './HankoMetadataPatch';
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
export { METADATA_CONFLICT_MESSAGE } from './metadataConflict';
export { metadataFingerprint } from './metadataFingerprint';
export { METADATA_FINGERPRINT_HEADER } from './metadataFingerprintHeader';
export { assertMetadataFits, findOversizedCategory, METADATA_CATEGORY_LIMIT, metadataSize } from './metadataSize';
export type { HankoMetadataQueryKey, HankoMetadataUpdateKey, SynodicUserQueryKey } from './queryKeys';
export type { RebasedMetadataDraft } from './rebaseMetadataDraft';
export { rebaseMetadataDraft } from './rebaseMetadataDraft';
export { hankoKeys, synodicKeys } from './queryKeys';
export { MAX_RETRIES, retryDelay, shouldRetry } from './retryPolicy';
export type { StandardSchemaIssue, StandardSchemaResult, StandardSchemaV1 } from './StandardSchema';
export type { SynodicOwnerUser, SynodicPublicUser, SynodicUsage, SynodicUser } from './SynodicUser';
export { isSynodicOwnerView } from './SynodicUser';
export type { SynodicUserQueryOptions } from './synodicUserQueryOptions';
export { synodicUserQueryOptions } from './synodicUserQueryOptions';
export { isUuid, isValidUsername } from './validateInput';
export {
  DEFAULT_WITHHELD_CATEGORIES,
  parseWithheldCategories,
  WITHHELD_CATEGORIES_HEADER,
  withholdMetadataCategories,
} from './withheldCategories';
export { withholdFromDehydratedState } from './withholdFromDehydratedState';
