// Stands in for `react-user-metadata/core` in the measurement builds (see index.tsx): the real module,
// except the clients and options factories, which fail every request so the page renders without
// data. (Explicit exports win over `export *`; imported by path, as the alias would loop.)
export * from '../node_modules/react-user-metadata/dist/core/index.js';

const failing = () => Promise.reject(new Error('library stub'));

export const createHankoClient = ({ baseUrl }: { baseUrl: string }) => ({ baseUrl, getUserMetadata: failing });
export const createSynodicClient = ({ baseUrl = '' }: { baseUrl?: string } = {}) => ({ baseUrl, getUser: failing });
export const hankoMetadataQueryOptions = (client: { baseUrl: string }, userId: string) => ({
  queryKey: ['stub', client.baseUrl, userId],
});
export const synodicUserQueryOptions = hankoMetadataQueryOptions;
