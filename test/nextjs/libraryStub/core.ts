// Stands in for `react-user-metadata/core` in the measurement builds (see index.tsx): clients that
// fail every request, so the server page renders without data.
const failing = () => Promise.reject(new Error('library stub'));

export const createHankoClient = ({ baseUrl }: { baseUrl: string }) => ({ baseUrl, getUserMetadata: failing });
export const createSynodicClient = ({ baseUrl = '' }: { baseUrl?: string } = {}) => ({ baseUrl, getUser: failing });
export const hankoMetadataQueryOptions = (client: { baseUrl: string }, userId: string) => ({
  queryKey: ['stub', client.baseUrl, userId],
});
export const synodicUserQueryOptions = hankoMetadataQueryOptions;
export const isUuid = (_value: string) => false;
export type ApiError = Error;
