import type { ApiService } from '../core/ApiError';
import { SYNODIC_DEFAULT_BASE_URL } from '../core/createSynodicClient';
import { patchCategories } from '../core/HankoMetadataPatch';
import type { MetadataCategory } from '../core/HankoUserMetadata';
import { normalizeApiKey } from '../core/request/normalizeApiKey';
import { authorizeRequest } from './authorizeRequest';
import { createErrorReporter } from './createErrorReporter';
import { createKeyedLock } from './createKeyedLock';
import { errorResponse } from './errorResponse';
import { forwardMetadataPatch } from './forwardMetadataPatch';
import { forwardToUpstream, type UpstreamFailure } from './forwardToUpstream';
import {
  matchProxyRoute,
  type ProxyRouteMatch,
  type ProxyRouteRefusal,
  REFUSAL,
  type UserMetadataProxyTarget,
} from './matchProxyRoute';
import type { UserMetadataAuthorization } from './readAuthorization';
import { type CheckedMetadataPatch, readMetadataPatch } from './readMetadataPatch';
import { withholdCategories } from './withholdCategories';

export interface HankoProxyConfig {
  /** The tenant's admin API, e.g. `https://{tenant}.hanko.io/admin`, or a self-hosted admin port. */
  baseUrl: string;
  /** Admin API key, sent upstream as `Authorization: Bearer …`. Read it from the server's environment. */
  apiKey: string;
  /**
   * Enables `PATCH {basePath}/hanko/users/{uuid}/metadata`, a merge patch forwarded to Hanko's
   * `PATCH /users/{uuid}/metadata` after a fingerprint check. Off by default: a proxy set up for reads
   * answers PATCH with 405. Each write still needs a grant whose `write` names the categories it changes.
   */
  allowWrites?: boolean;
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
   * `authorize`: it threw or returned a grant that cannot be read. `unfilterable-response`: upstream's
   * success was not a JSON object, so the categories a caller may not see could not be removed from it,
   * or (before a patch) the current metadata could not be read to check the edit's fingerprint.
   */
  kind: UpstreamFailure['kind'] | 'authorize' | 'unfilterable-response';
  service: ApiService;
  message: string;
}

export interface UserMetadataHandlerOptions {
  /**
   * Enables `GET {basePath}/hanko/users/{uuid}/metadata` → `GET {hanko.baseUrl}/users/{uuid}/metadata`,
   * and with `allowWrites` the `PATCH` of the same path.
   */
  hanko?: HankoProxyConfig;
  /** Enables `GET {basePath}/synodic/{user}` → `GET {synodic.baseUrl}/{user}`. */
  synodic?: SynodicProxyConfig;
  /**
   * Decides, per request, whether the caller may see this data (typically "is the session an admin"),
   * and which Hanko metadata categories: `true` grants reading public and unsafe metadata,
   * `{ categories: [...] }` reading exactly the ones it lists (name `'private_metadata'` to let private
   * metadata through), and `{ categories, write: [...] }` also changing those in `write`. The proxy
   * removes every category not granted before it answers, and refuses a patch that changes a category
   * not in `write`. `false`, any other value, or a throw refuses (403, or 500 on a throw or an
   * unreadable grant). Called only for well-formed requests, with what they ask for
   * (`target.operation` is `'read'` or `'write'`).
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

function checkAllowWrites(value: unknown): boolean {
  // Strictly a boolean: `allowWrites: process.env.X` ("false") must not switch writes on.
  if (value !== undefined && typeof value !== 'boolean') throw configError('hanko.allowWrites must be true or false.');
  return value === true;
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
    allowWrites: checkAllowWrites(options.hanko.allowWrites),
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

type Report = (event: UserMetadataProxyErrorEvent) => void;

/** A 502 for an upstream success the proxy cannot check, reported. */
function unfilterable(report: Report, service: ApiService, problem: string): Response {
  const name = SERVICE_NAME[service];
  report({ kind: 'unfilterable-response', service, message: `${name} answered ${problem}` });
  return errorResponse(502, `${name} sent a response that could not be checked`);
}

/** The answer without the categories the caller may not read, or a 502 when they cannot be removed. */
async function withhold(
  response: Response,
  withheld: readonly MetadataCategory[],
  service: ApiService,
  report: Report,
): Promise<Response> {
  if (withheld.length === 0) return response;
  const filtered = await withholdCategories(response, withheld);
  if (filtered) return filtered;
  const names = withheld.join(', ');
  const problem = `${response.status} with a body that is not a JSON object, so ${names} could not be removed`;
  return unfilterable(report, service, `${problem}; it was withheld`);
}

/** What the request asks for; a write's categories come from its patch, which is checked first. */
async function readRequestTarget(
  request: Request,
  route: ProxyRouteMatch,
): Promise<{ target: UserMetadataProxyTarget; checked?: CheckedMetadataPatch } | Response> {
  if (route.target.operation !== 'write') return { target: route.target };
  // A malformed patch is refused like a malformed path: before authorize and before any upstream call.
  const checked = await readMetadataPatch(request);
  if (checked instanceof Response) return checked;
  return { target: { ...route.target, categories: patchCategories(checked.patch) }, checked };
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
  // Edits of one user through this handler run one at a time: both of two racing edits cannot pass the check.
  const writeLock = createKeyedLock();
  const services = {
    hanko: hanko !== undefined,
    hankoWrites: hanko?.allowWrites === true,
    synodic: synodic !== undefined,
  };

  const report = createErrorReporter(onError, secrets);

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

  const forward = (request: Request, route: ProxyRouteMatch, method: 'GET' | 'PATCH' = 'GET', body?: string) => {
    const { service } = route.target;
    const upstream = service === 'hanko' ? hanko : synodic;
    if (!upstream) return Promise.resolve(errorResponse(404, 'not found'));
    return forwardToUpstream({
      url: `${upstream.baseUrl}${route.upstreamPath}`,
      method,
      body,
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
    const read = await readRequestTarget(request, route);
    if (read instanceof Response) return read;
    const { target, checked } = read;
    const reportProblem = (message: string) => report({ kind: 'authorize', service: target.service, message });
    const decision = await authorizeRequest({ authorize, reportProblem, secrets }, request, target);
    if (decision instanceof Response) return decision;
    const patch = checked;
    const response = patch
      ? await writeLock(route.upstreamPath, () =>
          forwardMetadataPatch({
            checked: patch,
            withheld: decision.withheld,
            request,
            forward: (method, body) => forward(request, route, method, body),
            unreadable: (status) => {
              const problem = `${status} with a body that is not its metadata, so the patch was not sent`;
              return unfilterable(report, target.service, problem);
            },
          }),
        )
      : await forward(request, route);
    return withhold(response, decision.withheld, target.service, report);
  };

  return Object.assign(handle, { basePath, refuseUnsupportedMethod });
}
