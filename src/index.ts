'use client';

// Components: pure ones take data, connected ones (Synodic*, Hanko*) take an id and call the hooks.
export type { AvatarProps, AvatarState } from './components/Avatar';
export { Avatar, getInitials } from './components/Avatar';
export type { ConnectedState, ConnectedStateInput, ConnectedStatus } from './components/connectedState';
export { connectedState } from './components/connectedState';
export type { ErrorStateLabels, ErrorStateProps } from './components/ErrorState';
export { defaultErrorStateLabels, ErrorState } from './components/ErrorState';
export type { HankoMetadataInspectorLabels, HankoMetadataInspectorProps } from './components/HankoMetadataInspector';
export { defaultHankoMetadataInspectorLabels, HankoMetadataInspector } from './components/HankoMetadataInspector';
export type { JsonTreeLabels, JsonTreeProps } from './components/JsonTree';
export { defaultJsonTreeLabels, JsonTree } from './components/JsonTree';
export type { MetadataInspectorLabels, MetadataInspectorProps } from './components/MetadataInspector';
export { defaultMetadataInspectorLabels, MetadataInspector } from './components/MetadataInspector';
export type { HeadingLevel, ProfileCardLabels, ProfileCardProps } from './components/ProfileCard';
export { defaultProfileCardLabels, ProfileCard } from './components/ProfileCard';
export type { SkeletonProps } from './components/Skeleton';
export { Skeleton } from './components/Skeleton';
export type { SynodicProfileCardProps } from './components/SynodicProfileCard';
export { SynodicProfileCard } from './components/SynodicProfileCard';
export type { SynodicUsagePanelProps } from './components/SynodicUsagePanel';
export { SynodicUsagePanel } from './components/SynodicUsagePanel';
export { safeHref, safeHttpUrl } from './components/safeUrl';
export type {
  UsageFigure,
  UsageLimitState,
  UsageLimits,
  UsagePanelLabels,
  UsagePanelProps,
} from './components/UsagePanel';
export { defaultUsagePanelLabels, USAGE_FIGURES, UsagePanel } from './components/UsagePanel';
// `react-user-metadata`: hooks, provider (and, from the components layer, the components).
// From `react-user-metadata/core`, what an app's client code uses beside the hooks (clients, errors, query
// keys, query and mutation options, the data's types) is re-exported, so one import path is enough there.
// The response schemas, the editing tools and the server helpers stay in core (core/index.ts says why).
export * from './core/coreExports';
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
export type {
  HankoMetadataUpdateContext,
  UseUpdateHankoMetadataParameters,
  UseUpdateHankoMetadataResult,
} from './react/useUpdateHankoMetadata';
export { useUpdateHankoMetadata } from './react/useUpdateHankoMetadata';
