import { type HttpHandler, HttpResponse, http } from 'msw';
import type { HankoUserMetadata } from '../core/HankoUserMetadata';
import { hankoFixtures } from './hankoFixtures';
import { applyDelay, HTML_ERROR_PAGE, htmlResponse, type MockResponseOptions, networkFailure } from './mockResponse';

/**
 * Browsers never call Hanko's admin API (no CORS, secret key): they call the app's own proxy route.
 * This is the route the library's docs and stories use; set `baseUrl` to yours, or to
 * `https://{tenant}.hanko.io/admin` to mock the admin API itself in server-side tests.
 */
export const HANKO_MOCK_DEFAULT_BASE_URL = '/api/hanko';

/** Where and for whom a Hanko handler answers. */
export interface HankoHandlerOptions extends MockResponseOptions {
  /** Defaults to `/api/hanko` (a same-origin proxy route). */
  baseUrl?: string;
  /** Answer only for this user id (any case); other ids fall through to other handlers. Any id by default. */
  userId?: string;
}

export interface HankoMetadataHandlerOptions extends HankoHandlerOptions {
  /**
   * The 200 body: any mix of the three categories; `hankoFixtures.full` by default. Send it as Hanko
   * would: leave empty categories out (use `empty()` for a user with none).
   */
  metadata?: HankoUserMetadata;
}

/** The error statuses Hanko's `GET /users/{id}/metadata` answers with (401 and 403 are undocumented but real). */
export type HankoErrorStatus = 400 | 401 | 403 | 404 | 500;

/** Hanko's error body. */
export interface HankoErrorBody {
  code: number;
  message: string;
}

export interface HankoStatusHandlerOptions extends HankoHandlerOptions {
  /** The body to send instead of Hanko's own (`HANKO_ERROR_BODIES[status]`); a string is sent as is. */
  body?: HankoErrorBody | string;
}

export interface HankoHtmlErrorHandlerOptions extends HankoHandlerOptions {
  /** 200 by default: a login wall or SPA fallback answering in place of the proxy route. */
  status?: number;
  html?: string;
}

/**
 * The bodies Hanko's backend sends for each status (teamhanko/hanko, backend v3). 401 and 403 are not in
 * the OpenAPI spec; they come from a missing or wrong API key, or a plan without the admin API, in
 * Hanko's usual `{code, message}` shape.
 */
export const HANKO_ERROR_BODIES: Readonly<Record<HankoErrorStatus, HankoErrorBody>> = {
  400: { code: 400, message: 'invalid user id' },
  401: { code: 401, message: 'Unauthorized' },
  403: { code: 403, message: 'Forbidden' },
  404: { code: 404, message: 'user not found' },
  500: { code: 500, message: 'could not fetch metadata' },
};

function metadataUrl(options: HankoHandlerOptions): string {
  return `${(options.baseUrl ?? HANKO_MOCK_DEFAULT_BASE_URL).replace(/\/+$/, '')}/users/:userId/metadata`;
}

function isFor(options: HankoHandlerOptions, param: string | readonly string[] | undefined): boolean {
  if (options.userId === undefined) return true;
  return typeof param === 'string' && param.toLowerCase() === options.userId.toLowerCase();
}

function hankoRoute(options: HankoHandlerOptions, respond: () => Response): HttpHandler {
  return http.get(
    metadataUrl(options),
    async ({ params }) => {
      if (!isFor(options, params.userId)) return undefined;
      await applyDelay(options.delay);
      return respond();
    },
    { once: options.once ?? false },
  );
}

/**
 * msw handler factories for Hanko's `GET /users/{id}/metadata`, one per answer it can give. Each returns
 * an msw `HttpHandler` for `setupServer`, `setupWorker`, `server.use` or a story's `parameters.msw`.
 */
export const hankoHandlers = {
  /** 200 with the given metadata (all three categories of `hankoFixtures.full` by default). */
  metadata(options: HankoMetadataHandlerOptions = {}): HttpHandler {
    return hankoRoute(options, () =>
      HttpResponse.json(structuredClone(options.metadata ?? hankoFixtures.full) as Record<string, unknown>),
    );
  },

  /** 204 with no body: the user has no metadata in any category (or no metadata row yet). */
  empty(options: HankoHandlerOptions = {}): HttpHandler {
    return hankoRoute(options, () => new HttpResponse(null, { status: 204 }));
  },

  /** An error status with Hanko's own body for it, or the body given. */
  status(status: HankoErrorStatus, options: HankoStatusHandlerOptions = {}): HttpHandler {
    return hankoRoute(options, () => {
      const body = options.body ?? HANKO_ERROR_BODIES[status];
      return typeof body === 'string' ? new HttpResponse(body, { status }) : HttpResponse.json(body, { status });
    });
  },

  /** No answer at all: the client sees a network error. */
  networkError(options: HankoHandlerOptions = {}): HttpHandler {
    return hankoRoute(options, networkFailure);
  },

  /** An HTML page instead of JSON: what a misrouted proxy path returns. */
  htmlError(options: HankoHtmlErrorHandlerOptions = {}): HttpHandler {
    return hankoRoute(options, () => htmlResponse(options.status ?? 200, options.html ?? HTML_ERROR_PAGE));
  },
};

export type HankoHandlers = typeof hankoHandlers;
