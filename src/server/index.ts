// `react-user-metadata/server`: the proxy that keeps the Hanko admin key (and the Synodic key) on the
// server. No React and no Node built-ins: the handler runs on any Web-standard runtime, and
// `toNodeHandler` describes Node's request and response by shape, so even its types need no @types/node.

export type {
  HankoProxyConfig,
  SynodicProxyConfig,
  UserMetadataHandler,
  UserMetadataHandlerOptions,
  UserMetadataProxyErrorEvent,
} from './createUserMetadataHandler';
export { createUserMetadataHandler, DEFAULT_BASE_PATH, DEFAULT_TIMEOUT_MS } from './createUserMetadataHandler';
export type { HankoMetadataWriteTarget, UserMetadataProxyTarget } from './matchProxyRoute';
export type { UserMetadataAuthorization, UserMetadataGrant } from './readAuthorization';
export { DEFAULT_GRANTED_CATEGORIES } from './readAuthorization';
export { MAX_PATCH_BYTES } from './readMetadataPatch';
export type {
  NodeBodyEvents,
  NodeNextFunction,
  NodeRequest,
  NodeRequestHandler,
  NodeResponse,
  WebRequestHandler,
} from './toNodeHandler';
export { getNodeRequest, toNodeHandler } from './toNodeHandler';
