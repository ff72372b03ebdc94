// `react-user-metadata/core`: no React, safe to import on a server or in a React Server Component.
export * from './coreExports';

// Exported here only, not from the main entry: framework-free tools for changing metadata (merge patches,
// diff, rebase, fingerprint, size checks) and for the server (withholding categories). A React app edits
// through `useUpdateHankoMetadata`, which runs the patch, fingerprint and size check itself, and the
// editor brings its own; the main entry's `'use client'` would also turn these into client references
// that a Server Component cannot call. wagmi splits the same way: hooks and config from `wagmi`, its
// framework-free actions from `wagmi/actions`.
export { applyMetadataPatch } from './applyMetadataPatch';
export { createMetadataPatch } from './createMetadataPatch';
export type { MetadataChange, MetadataChangeKind, MetadataDiff } from './diffMetadata';
export { diffMetadata, startMetadataDiff } from './diffMetadata';
export type { JsonKey } from './editAtPath';
export { isHankoMetadataPatch, patchCategories } from './HankoMetadataPatch';
export { jsonEqual } from './jsonEqual';
export { METADATA_CONFLICT_MESSAGE } from './metadataConflict';
export { metadataFingerprint } from './metadataFingerprint';
export { METADATA_FINGERPRINT_HEADER } from './metadataFingerprintHeader';
export { assertMetadataFits, findOversizedCategory, METADATA_CATEGORY_LIMIT, metadataSize } from './metadataSize';
export type { RebasedMetadataDraft } from './rebaseMetadataDraft';
export { rebaseMetadataDraft } from './rebaseMetadataDraft';
export {
  DEFAULT_WITHHELD_CATEGORIES,
  parseWithheldCategories,
  WITHHELD_CATEGORIES_HEADER,
  withholdMetadataCategories,
} from './withheldCategories';
export { withholdFromDehydratedState } from './withholdFromDehydratedState';

// The response schemas (valibot) are exported here only. The clients load them with their first request;
// a module the main entry exports and an on-demand chunk uses is put in the first load of every page
// whose Server Component imports that entry, by Turbopack (measured with test/nextjs: +2 kB gz on /admin).
export { hankoErrorBodySchema, hankoUserMetadataSchema, synodicErrorBodySchema, synodicUserSchema } from './schemas';
