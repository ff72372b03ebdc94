// Keys hold only what identifies the data: the API's base URL and the id. Never an API key, so a key
// can be logged, persisted or sent to devtools. Each level is a prefix of the next, so
// `invalidateQueries({ queryKey: hankoKeys.all })` reaches every Hanko query.
const ROOT = 'react-user-metadata';

export const synodicKeys = {
  all: [ROOT, 'synodic'] as const,
  api: (baseUrl: string) => [ROOT, 'synodic', baseUrl] as const,
  users: (baseUrl: string) => [ROOT, 'synodic', baseUrl, 'user'] as const,
  /** `authenticated` is part of the key because a keyed request returns more fields than an anonymous one. */
  user: (baseUrl: string, username: string, authenticated: boolean) =>
    [ROOT, 'synodic', baseUrl, 'user', username.trim(), { authenticated }] as const,
};

export const hankoKeys = {
  all: [ROOT, 'hanko'] as const,
  tenant: (baseUrl: string) => [ROOT, 'hanko', baseUrl] as const,
  metadata: (baseUrl: string, userId: string) => [ROOT, 'hanko', baseUrl, 'metadata', userId.toLowerCase()] as const,
  /** The mutation key of edits to one user's metadata (below the query's key, which it extends). */
  metadataUpdate: (baseUrl: string, userId: string) =>
    [ROOT, 'hanko', baseUrl, 'metadata', userId.toLowerCase(), 'update'] as const,
};

export type SynodicUserQueryKey = ReturnType<typeof synodicKeys.user>;
export type HankoMetadataQueryKey = ReturnType<typeof hankoKeys.metadata>;
export type HankoMetadataUpdateKey = ReturnType<typeof hankoKeys.metadataUpdate>;
