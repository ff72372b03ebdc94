// `react-user-metadata/msw`: msw handler factories and fixtures for both APIs, for an app's own Storybook
// and tests. Imports only from 'msw' (never msw/node or msw/browser), so it works with setupServer and
// setupWorker alike. `msw` is an optional peer dependency: only this entry needs it.

export type { HankoEditableHandlerOptions } from './hankoEditableHandlers';
export { hankoEditableHandlers } from './hankoEditableHandlers';
export type { HankoFixtures } from './hankoFixtures';
export { hankoFixtures } from './hankoFixtures';
export type {
  HankoErrorBody,
  HankoErrorStatus,
  HankoHandlerOptions,
  HankoHandlers,
  HankoHtmlErrorHandlerOptions,
  HankoMetadataHandlerOptions,
  HankoStatusHandlerOptions,
} from './hankoHandlers';
export { HANKO_ERROR_BODIES, HANKO_MOCK_DEFAULT_BASE_URL, hankoHandlers } from './hankoHandlers';
export type { HankoMetadataStore } from './hankoMetadataStore';
export { createHankoMetadataStore } from './hankoMetadataStore';
export type { MockDelay, MockResponseOptions } from './mockResponse';
export { sequence } from './sequence';
export type { SynodicFixtures } from './synodicFixtures';
export { generateRepositories, SYNODIC_S3_PHOTO_URL, synodicFixtures } from './synodicFixtures';
export type {
  SynodicHandlerOptions,
  SynodicHandlers,
  SynodicHtmlErrorHandlerOptions,
  SynodicNotFoundHandlerOptions,
  SynodicPhotoHandlerOptions,
  SynodicServerErrorHandlerOptions,
  SynodicUserHandlerOptions,
  SynodicView,
} from './synodicHandlers';
export { synodicHandlers } from './synodicHandlers';
