// `react-user-metadata/core`: no React, safe to import on a server or in a React Server Component.
export * from './coreExports';
// The response schemas (valibot) are exported here only. The clients load them with their first request;
// a module the main entry exports and an on-demand chunk uses is put in the first load of every page
// whose Server Component imports that entry, by Turbopack (measured with test/nextjs: +2 kB gz on /admin).
export { hankoErrorBodySchema, hankoUserMetadataSchema, synodicErrorBodySchema, synodicUserSchema } from './schemas';
