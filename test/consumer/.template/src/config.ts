// What the app and its mocks agree on. The Hanko admin URL and key live only on the server side.
import { hankoFixtures, synodicFixtures } from 'react-user-metadata/msw';

/** Shown from the server-rendered cache: owner view, prefetched during SSR. */
export const OWNER = synodicFixtures.username;
/** Put in the server's cache by key (`setQueryData`), with no request. */
export const CACHED_USER = 'public-viewer';
/** Not prefetched: its first request fails in the browser, Retry succeeds. */
export const RETRY_USER = 'grace-hopper';
/** Prefetched through the app's proxy during SSR. */
export const HANKO_USER = hankoFixtures.userId;
/** Not prefetched: the proxy's first upstream call fails, Retry succeeds. */
export const HANKO_RETRY_USER = hankoFixtures.otherUserId;

/** Where the browser's Hanko client points: the app's own proxy route, as the library recommends. */
export const HANKO_PROXY_PATH = '/api/hanko';
/** The upstream the proxy forwards to (mocked by msw/node in the server process). */
export const HANKO_ADMIN_URL = 'https://consumer-tenant.hanko.io/admin';
export const HANKO_ADMIN_KEY = 'consumer-test-admin-key';
