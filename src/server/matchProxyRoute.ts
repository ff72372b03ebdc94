import type { MetadataCategory } from '../core/HankoUserMetadata';
import { CONTROL_CHARACTER } from '../core/unsafeCharacters';
import { isUuid, isValidUsername } from '../core/validateInput';

/** A merge patch of one user's Hanko metadata, as `authorize` is told about it. */
export interface HankoMetadataWriteTarget {
  service: 'hanko';
  operation: 'write';
  method: 'PATCH';
  userId: string;
  /** The categories the patch changes (all three for a `null` patch, which clears everything). */
  categories: readonly MetadataCategory[];
}

/**
 * What an allowed request asks for, handed to `authorize` so an app can decide per target
 * (say, a user may read only their own Hanko metadata). Each variant is one upstream operation;
 * `operation` says whether it reads or changes data, so a grant can differ between the two.
 */
export type UserMetadataProxyTarget =
  | { service: 'hanko'; operation: 'read'; method: 'GET'; userId: string }
  | HankoMetadataWriteTarget
  | { service: 'synodic'; operation: 'read'; method: 'GET'; username: string };

/** A target as the path and method tell it: a write's categories are known once its body is read. */
export type ProxyRouteTarget =
  | Exclude<UserMetadataProxyTarget, HankoMetadataWriteTarget>
  | Omit<HankoMetadataWriteTarget, 'categories'>;

/** A request the proxy recognised: what it is for, and the path to append to the upstream base URL. */
export interface ProxyRouteMatch {
  target: ProxyRouteTarget;
  upstreamPath: string;
}

/** Why a request was refused before anything else ran. */
export interface ProxyRouteRefusal {
  status: 400 | 404 | 405;
  message: string;
  allow?: string;
}

// Methods per route; PATCH of Hanko metadata only where the handler was configured to write.
const HANKO_READ_METHODS: readonly string[] = ['GET'];
const HANKO_WRITE_METHODS: readonly string[] = ['GET', 'PATCH'];
const SYNODIC_USER_METHODS: readonly string[] = ['GET'];

/** Refusals use Hanko's wording where Hanko has one, so clients show the same message. */
export const REFUSAL = {
  notFound: { status: 404, message: 'not found' },
  invalidPath: { status: 400, message: 'invalid path' },
  queryNotAllowed: { status: 400, message: 'query parameters are not allowed' },
  invalidUserId: { status: 400, message: 'invalid user id' },
  invalidUsername: { status: 400, message: 'invalid username' },
} as const satisfies Record<string, ProxyRouteRefusal>;

function methodNotAllowed(allowed: readonly string[]): ProxyRouteRefusal {
  return { status: 405, message: 'method not allowed', allow: allowed.join(', ') };
}

// Decoded segments must be plain names: no separators, no dot segments, no second layer of
// percent-encoding, no control characters. Any of those could make an upstream (or a proxy in
// front of it) resolve a different path than the one checked here.
const PATH_SYNTAX = /[/\\%]/;

function decodeSegment(segment: string): string | undefined {
  if (segment === '') return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return undefined;
  }
  if (PATH_SYNTAX.test(decoded) || CONTROL_CHARACTER.test(decoded) || decoded === '.' || decoded === '..') {
    return undefined;
  }
  return decoded;
}

/**
 * Whether the URL has a query, even an empty one: `search` is `''` for `/a?` and `/a?#x`, and
 * `href` may still carry a fragment. The serializer percent-encodes `?` and `#` everywhere else,
 * so the first `#` starts the fragment and any `?` before it starts the query.
 */
function hasQuery(url: URL): boolean {
  const [beforeFragment = ''] = url.href.split('#', 1);
  return beforeFragment.includes('?');
}

/**
 * Maps a request URL under `basePath` to one upstream operation, or says why not. Runs before
 * `authorize` and before any upstream call, so malformed requests cost nothing and reach nobody.
 * `url` has been through the WHATWG URL parser (every `Request` has), which already resolved
 * `..`/`%2e%2e` segments and turned `\` into `/`; what survives that is checked here.
 */
export function matchProxyRoute(
  url: URL,
  method: string,
  basePath: string,
  services: { hanko: boolean; hankoWrites: boolean; synodic: boolean },
): ProxyRouteMatch | ProxyRouteRefusal {
  const prefix = `${basePath}/`;
  if (!url.pathname.startsWith(prefix)) return REFUSAL.notFound;
  // Nothing in a query is forwarded, but a query that is silently dropped hides mistakes and
  // smuggling attempts alike, so it is refused, empty ones too.
  if (hasQuery(url)) return REFUSAL.queryNotAllowed;

  const segments: string[] = [];
  for (const raw of url.pathname.slice(prefix.length).split('/')) {
    const decoded = decodeSegment(raw);
    if (decoded === undefined) return REFUSAL.invalidPath;
    segments.push(decoded);
  }

  const [service, ...rest] = segments;
  if (service === 'hanko' && services.hanko) {
    const [users, userId, metadata, ...extra] = rest;
    if (users !== 'users' || userId === undefined || metadata !== 'metadata' || extra.length > 0) {
      return REFUSAL.notFound;
    }
    const methods = services.hankoWrites ? HANKO_WRITE_METHODS : HANKO_READ_METHODS;
    if (!methods.includes(method)) return methodNotAllowed(methods);
    if (!isUuid(userId)) return REFUSAL.invalidUserId;
    const id = userId.toLowerCase();
    const upstreamPath = `/users/${id}/metadata`;
    if (method === 'PATCH') {
      return { target: { service: 'hanko', operation: 'write', method: 'PATCH', userId: id }, upstreamPath };
    }
    return { target: { service: 'hanko', operation: 'read', method: 'GET', userId: id }, upstreamPath };
  }
  if (service === 'synodic' && services.synodic) {
    const [username, ...extra] = rest;
    if (username === undefined || extra.length > 0) return REFUSAL.notFound;
    if (!SYNODIC_USER_METHODS.includes(method)) return methodNotAllowed(SYNODIC_USER_METHODS);
    if (!isValidUsername(username)) return REFUSAL.invalidUsername;
    return {
      target: { service: 'synodic', operation: 'read', method: 'GET', username },
      upstreamPath: `/${encodeURIComponent(username)}`,
    };
  }
  return REFUSAL.notFound;
}
