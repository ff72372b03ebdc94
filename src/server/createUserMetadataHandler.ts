import type { ApiService } from '../core/ApiError';
import { SYNODIC_DEFAULT_BASE_URL } from '../core/createSynodicClient';
import { normalizeApiKey } from '../core/request/normalizeApiKey';
import { redactSecrets } from '../core/request/redactSecrets';
import { describeError } from './describeError';
import { errorResponse } from './errorResponse';
import { forwardToUpstream, type UpstreamFailure } from './forwardToUpstream';
import {
  matchProxyRoute,
  type ProxyRouteMatch,
  type ProxyRouteRefusal,
  REFUSAL,
  type UserMetadataProxyTarget,
} from './matchProxyRoute';
import { type AuthorizationDecision, readAuthorization, type UserMetadataAuthorization } from './readAuthorization';
import { withholdCategories } from './withholdCategories';

export interface HankoProxyConfig {
  /** The tenant's admin API, e.g. `https://{tenant}.hanko.io/admin`, or a self-hosted admin port. */
  baseUrl: string;
  /** Admin API key, sent upstream as `Authorization: Bearer …`. Read it from the server's environment. */
  apiKey: string;
}

export interface SynodicProxyConfig {
  /** Sent upstream as `x-api-key`. */
  apiKey: string;
  /** Defaults to `https://api.synodic.ai/v0`. */
  baseUrl?: string;
}

/** Reported to `onError`; `message` never contains an API key. */
export interface UserMetadataProxyErrorEvent {
  /**
   * `authorize`: it threw or returned a grant that cannot be read. `unfilterable-response`: a caller
   * may not see some categories, and upstream's success was not a JSON object they could be removed from.
   */
  kind: UpstreamFailure['kind'] | 'authorize' | 'unfilterable-response';
  service: ApiService;
  message: string;
}

export interface UserMetadataHandlerOptions {
  /** Enables `GET {basePath}/hanko/users/{uuid}/metadata` → `GET {hanko.baseUrl}/users/{uuid}/metadata`. */
  hanko?: HankoProxyConfig;
  /** Enables `GET {basePath}/synodic/{user}` → `GET {synodic.baseUrl}/{user}`. */
  synodic?: SynodicProxyConfig;
  /**
   * Decides, per request, whether the caller may see this data (typically "is the session an admin"),
   * and which Hanko metadata categories: `true` grants public and unsafe metadata,
   * `{ categories: [...] }` exactly the ones it lists (name `'private_metadata'` to let private
   * metadata through). The proxy removes every category not granted before it answers. `false`, any
   * other value, or a throw refuses (403, or 500 on a throw or an unreadable grant). Called only for
   * well-formed requests, with what they ask for.
   */
  authorize: (
    request: Request,
    target: UserMetadataProxyTarget,
  ) => UserMetadataAuthorization | Promise<UserMetadataAuthorization>;
  /** Path prefix the routes live under; the same prefix the browser clients are given. Default `/api`. */
  basePath?: string;
  /** How long an upstream call (answer and body) may take before the caller gets a 504. Default 10,000 ms. */
  timeoutMs?: number;
  /** A `fetch` to call upstream with (instrumentation, tests). Defaults to the global one at call time. */
  fetch?: typeof globalThis.fetch;
  /** Called when a request fails on the server's side (upstream down or slow, `authorize` threw). Defaults to `console.error`. */
  onError?: (event: UserMetadataProxyErrorEvent) => void;
}

/** A Web-standard request handler, also carrying what the Node adapter needs to know about it. */
export interface UserMetadataHandler {
  (request: Request): Promise<Response>;
  /** The prefix it serves: as Express middleware, other paths go to `next()`. */
  readonly basePath: string;
  /**
   * The refusal for a method no route accepts at `url` (405 with `Allow`, or the path's own 404/400).
   * For the methods a `Request` cannot carry (CONNECT, TRACE, TRACK): a Node server still receives them.
   */
  readonly refuseUnsupportedMethod: (url: string, method: string) => Response;
}

export const DEFAULT_BASE_PATH = '/api';
export const DEFAULT_TIMEOUT_MS = 10_000;

const SERVICE_NAME: Record<ApiService, string> = { hanko: 'Hanko', synodic: 'Synodic' };

function refusalResponse(refusal: ProxyRouteRefusal): Response {
  return errorResponse(refusal.status, refusal.message, refusal.allow ? { allow: refusal.allow } : undefined);
}

function configError(message: string): TypeError {
  return new TypeError(`createUserMetadataHandler: ${message}`);
}

function checkBaseUrl(value: unknown, option: string): string {
  let url: URL;
  try {
    url = new URL(String(value));
  } catch {
    throw configError(`${option} must be an absolute http(s) URL.`);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.search !== '' || url.hash !== '') {
    throw configError(`${option} must be an absolute http(s) URL without a query or fragment.`);
  }
  return url.href.replace(/\/+$/, '');
}

/** The key as it is sent upstream (without surrounding whitespace), so redaction looks for exactly that. */
function checkApiKey(value: unknown, option: string): string {
  // The value is never put in a message: a misplaced secret must not reach a log.
  const key = normalizeApiKey(value, `createUserMetadataHandler: ${option}`);
  if (key === undefined) throw configError(`${option} must be a non-empty string.`);
  return key;
}

function checkBasePath(value: unknown): string {
  const segments = typeof value === 'string' ? value.split('/').slice(1) : [];
  const valid =
    typeof value === 'string' &&
    /^(\/[A-Za-z0-9._~-]+)*\/?$/.test(value) &&
    !segments.some((segment) => segment === '.' || segment === '..');
  if (!valid) {
    throw configError('basePath must look like "/api" (letters, digits, "._~-" between slashes).');
  }
  return value.replace(/\/$/, '');
}

/** The checked form of the options: refused at creation, so a misconfiguration never surfaces per request. */
function readHandlerConfig(options: UserMetadataHandlerOptions) {
  // Deny by default also for plain-JS callers the type does not reach: no callback, no handler.
  if (typeof options?.authorize !== 'function') {
    throw configError(
      'authorize is required: a function that returns true only for callers allowed to read this data.',
    );
  }
  if (!options.hanko && !options.synodic) throw configError('configure hanko, synodic, or both.');
  const hanko = options.hanko && {
    baseUrl: checkBaseUrl(options.hanko.baseUrl, 'hanko.baseUrl'),
    apiKey: checkApiKey(options.hanko.apiKey, 'hanko.apiKey'),
  };
  const synodic = options.synodic && {
    baseUrl: checkBaseUrl(options.synodic.baseUrl ?? SYNODIC_DEFAULT_BASE_URL, 'synodic.baseUrl'),
    apiKey: checkApiKey(options.synodic.apiKey, 'synodic.apiKey'),
  };
  const basePath = checkBasePath(options.basePath ?? DEFAULT_BASE_PATH);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (typeof timeoutMs !== 'number' || !Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw configError('timeoutMs must be a positive number of milliseconds.');
  }
  const secrets = [hanko?.apiKey, synodic?.apiKey].filter((key): key is string => key !== undefined);
  return { authorize: options.authorize, onError: options.onError, hanko, synodic, basePath, timeoutMs, secrets };
}

/**
 * Creates the server side of `react-user-metadata`: a `(request: Request) => Promise<Response>`
 * handler that forwards the two reads the browser clients make, adding the server's keys, for
 * callers that `authorize` accepts, and refuses everything else before any upstream call.
 * Hanko's admin API sends no CORS headers and its key is a secret, so a browser can only reach it
 * this way. Runs wherever `Request`/`Response`/`fetch` exist (Next.js, Remix, Hono, Bun, Deno,
 * Workers); `toNodeHandler` adapts it to Node's `http` and Express.
 */
export function createUserMetadataHandler(options: UserMetadataHandlerOptions): UserMetadataHandler {
  const { authorize, onError, hanko, synodic, basePath, timeoutMs, secrets } = readHandlerConfig(options);
  const services = { hanko: hanko !== undefined, synodic: synodic !== undefined };

  const report = (event: UserMetadataProxyErrorEvent): void => {
    const safe = { ...event, message: redactSecrets(event.message, secrets) };
    try {
      if (onError) onError(safe);
      else console.error(`[react-user-metadata/server] ${safe.service}: ${safe.message}`);
    } catch {
      // A failing logger must not turn an answer into an unhandled rejection.
    }
  };

  const routeRequest = (rawUrl: string, method: string): ProxyRouteMatch | ProxyRouteRefusal => {
    let url: URL;
    try {
      url = new URL(rawUrl);
    } catch {
      return REFUSAL.invalidPath;
    }
    return matchProxyRoute(url, method.toUpperCase(), basePath, services);
  };

  const refuseUnsupportedMethod = (rawUrl: string, method: string): Response => {
    const route = routeRequest(rawUrl, method);
    // Only reached with methods no route lists; a match would mean this was called for a supported one.
    return 'target' in route ? errorResponse(405, 'method not allowed') : refusalResponse(route);
  };

  const forward = (request: Request, route: ProxyRouteMatch): Promise<Response> => {
    const { service } = route.target;
    const upstream = service === 'hanko' ? hanko : synodic;
    if (!upstream) return Promise.resolve(errorResponse(404, 'not found'));
    return forwardToUpstream({
      url: `${upstream.baseUrl}${route.upstreamPath}`,
      name: SERVICE_NAME[service],
      request,
      credential: service === 'hanko' ? ['authorization', `Bearer ${upstream.apiKey}`] : ['x-api-key', upstream.apiKey],
      timeoutMs,
      fetch: options.fetch ?? globalThis.fetch,
      secrets,
      onFailure: (failure) => report({ ...failure, service }),
    });
  };

  const handle = async (request: Request): Promise<Response> => {
    const route = routeRequest(request.url, request.method);
    if (!('target' in route)) return refusalResponse(route);
    const { target } = route;

    let decision: AuthorizationDecision;
    try {
      decision = readAuthorization(await authorize(request, target), target);
    } catch (error) {
      report({ kind: 'authorize', service: target.service, message: `authorize threw: ${describeError(error, secrets)}` });
      return errorResponse(500, 'authorization check failed');
    }
    if (decision.kind === 'invalid') {
      report({ kind: 'authorize', service: target.service, message: decision.problem });
      return errorResponse(500, 'authorization check failed');
    }
    if (decision.kind === 'refused') return errorResponse(403, 'forbidden');
    // A slow authorize can outlive its caller; nobody would read the answer, so the key is not spent on it.
    if (request.signal?.aborted) return errorResponse(502, 'the caller went away before the request was authorized');

    const response = await forward(request, route);
    if (decision.withheld.length === 0) return response;
    const filtered = await withholdCategories(response, decision.withheld);
    if (filtered) return filtered;
    const name = SERVICE_NAME[target.service];
    report({
      kind: 'unfilterable-response',
      service: target.service,
      message: `${name} answered ${response.status} with a body that is not a JSON object, so ${decision.withheld.join(', ')} could not be removed; it was withheld`,
    });
    return errorResponse(502, `${name} sent a response that could not be checked`);
  };

  return Object.assign(handle, { basePath, refuseUnsupportedMethod });
}
