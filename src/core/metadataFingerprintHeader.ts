/**
 * The request header that carries the fingerprint of the metadata an edit started from. The library's
 * proxy compares it with a fresh read before it patches, and answers 409 when they differ.
 */
export const METADATA_FINGERPRINT_HEADER = 'x-metadata-fingerprint';
