// The app's server side of react-user-metadata: a proxy that adds the Hanko admin key. Also type-checked
// with `module: NodeNext` (tsconfig.server.json), as a plain Node server project would compile it.
import {
  createUserMetadataHandler,
  type UserMetadataHandler,
  type UserMetadataProxyErrorEvent,
  type UserMetadataProxyTarget,
} from 'react-user-metadata/server';
import { HANKO_ADMIN_KEY, HANKO_ADMIN_URL, HANKO_RETRY_USER, HANKO_USER } from './config.js';

/** Which users this app lets the current caller read; a real app asks its session. */
export function isAllowed(target: UserMetadataProxyTarget): boolean {
  switch (target.service) {
    case 'hanko':
      return target.userId === HANKO_USER || target.userId === HANKO_RETRY_USER;
    case 'synodic':
      return target.username.length > 0;
    default:
      return target satisfies never;
  }
}

export const proxyErrors: UserMetadataProxyErrorEvent[] = [];

export const proxy: UserMetadataHandler = createUserMetadataHandler({
  hanko: { baseUrl: HANKO_ADMIN_URL, apiKey: HANKO_ADMIN_KEY },
  authorize: (_request, target) => isAllowed(target),
  basePath: '/api',
  onError: (event) => {
    proxyErrors.push(event);
  },
});

/** A `fetch` that answers the app's own `/api/*` routes in-process: what server rendering uses. */
export const fetchThroughProxy: typeof fetch = (input, init) =>
  proxy(new Request(new URL(input instanceof Request ? input.url : String(input), 'http://consumer.local'), init));
