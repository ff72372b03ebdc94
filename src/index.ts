'use client';
// `react-user-metadata`: hooks, provider (and, from the components layer, the components).
// Everything from `react-user-metadata/core` is re-exported so one import path is enough in an app.
export * from './core/index';
export type { UserMetadataClients, UserMetadataProviderProps } from './react/UserMetadataProvider';
export { UserMetadataProvider, useHankoClient, useSynodicClient } from './react/UserMetadataProvider';
export type {
  UseHankoMetadataParameters,
  UseHankoMetadataResult,
  UseHankoMetadataSuspenseParameters,
  UseHankoMetadataSuspenseResult,
} from './react/useHankoMetadata';
export { useHankoMetadata, useHankoMetadataSuspense } from './react/useHankoMetadata';
export type {
  UseSynodicUserParameters,
  UseSynodicUserResult,
  UseSynodicUserSuspenseParameters,
  UseSynodicUserSuspenseResult,
} from './react/useSynodicUser';
export { useSynodicUser, useSynodicUserSuspense } from './react/useSynodicUser';
