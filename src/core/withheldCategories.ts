/**
 * Response header by which `react-user-metadata/server` says which metadata categories it removed
 * because the caller may not read them (`private_metadata`, or a comma-separated list). Sent on every
 * answer to a caller with a partial grant, whether or not the user had anything in those categories,
 * so it reveals nothing about the data.
 */
export const WITHHELD_CATEGORIES_HEADER = 'x-user-metadata-withheld';
