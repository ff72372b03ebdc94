import { type HttpHandler, HttpResponse, http } from 'msw';
import { SYNODIC_DEFAULT_BASE_URL } from '../core/createSynodicClient';
import { isSynodicOwnerView, type SynodicOwnerUser, type SynodicUser, USAGE_FIELDS } from '../core/SynodicUser';
import { applyDelay, HTML_ERROR_PAGE, htmlResponse, type MockResponseOptions, networkFailure } from './mockResponse';
import { SYNODIC_S3_PHOTO_URL, synodicFixtures } from './synodicFixtures';

/** Where and for whom a Synodic handler answers. */
export interface SynodicHandlerOptions extends MockResponseOptions {
  /** The API the client calls; defaults to `https://api.synodic.ai/v0`. Set it when your client uses a proxy. */
  baseUrl?: string;
  /** Answer only for this username; other usernames fall through to other handlers. Any username by default. */
  username?: string;
}

/** Which answer `GET /v0/{user}` gives: with usage (the caller's own key) or without (anyone else). */
export type SynodicView = 'owner' | 'public';

export interface SynodicUserHandlerOptions extends SynodicHandlerOptions {
  /** `'owner'` (default): plan and usage included; `'public'`: only `created_at`, `photo_url`, `repositories`. */
  view?: SynodicView;
  /**
   * Like the real API: answer with the owner view only to requests whose `x-api-key` header equals this,
   * and with the public view to all others. Overrides `view`. Use it to test that your proxy sends the key.
   */
  apiKey?: string;
  /** Fields to change on the fixture (`synodicFixtures.ownerUser`); set `photo_url: undefined` to leave it out. */
  user?: Partial<SynodicOwnerUser>;
}

export interface SynodicNotFoundHandlerOptions extends SynodicHandlerOptions {
  /**
   * Status sent with `{"error":"User not found"}`; 404 by default. Synodic's older docs showed that body
   * without a status, so `200` tests that an error body is an error whatever the status.
   */
  status?: number;
}

export interface SynodicServerErrorHandlerOptions extends SynodicHandlerOptions {
  /** 500 by default. */
  status?: number;
  /** The response body, sent as JSON unless it is a string. Empty by default: Synodic documents none. */
  body?: unknown;
}

export interface SynodicHtmlErrorHandlerOptions extends SynodicHandlerOptions {
  /** 200 by default: a login wall or SPA fallback route answering in place of the API. */
  status?: number;
  /** The page; a small nginx-style "502 Bad Gateway" page by default. */
  html?: string;
}

export interface SynodicPhotoHandlerOptions extends MockResponseOptions {
  /** The photo URL to answer for; defaults to `synodicFixtures.s3PhotoUrl`. */
  url?: string;
}


/** What someone without the owner's key sees of a user. */
function publicView(user: SynodicUser): SynodicUser {
  const copy: Record<string, unknown> = { ...user };
  for (const field of USAGE_FIELDS) delete copy[field];
  return copy as SynodicUser;
}

function userUrl(options: SynodicHandlerOptions): string {
  return `${(options.baseUrl ?? SYNODIC_DEFAULT_BASE_URL).replace(/\/+$/, '')}/:username`;
}

/** True when the request is for the username the handler is limited to (or when it is not limited). */
function isFor(options: SynodicHandlerOptions, param: string | readonly string[] | undefined): boolean {
  if (options.username === undefined) return true;
  // msw hands over path params already percent-decoded.
  return typeof param === 'string' && param === options.username.trim();
}

/**
 * Builds a handler for `GET {baseUrl}/:username` that answers with `respond()` after the delay, for the
 * username it is limited to.
 */
function synodicRoute(
  options: SynodicHandlerOptions,
  respond: (request: Request) => Response | Promise<Response>,
): HttpHandler {
  return http.get(
    userUrl(options),
    async ({ request, params }) => {
      if (!isFor(options, params.username)) return undefined;
      await applyDelay(options.delay);
      return respond(request);
    },
    { once: options.once ?? false },
  );
}

/**
 * msw handler factories for Synodic's `GET /v0/{user}`, one per answer the API can give. Each returns an
 * msw `HttpHandler`: pass it to `setupServer`, `setupWorker`, `server.use` or a story's `parameters.msw`.
 */
export const synodicHandlers = {
  /** 200 with a user: the owner's view by default, the public view with `view: 'public'`. */
  user(options: SynodicUserHandlerOptions = {}): HttpHandler {
    return synodicRoute(options, (request) => {
      const user: SynodicUser = structuredClone({ ...synodicFixtures.ownerUser, ...options.user });
      const owner =
        options.apiKey === undefined
          ? (options.view ?? 'owner') === 'owner'
          : request.headers.get('x-api-key') === options.apiKey;
      return HttpResponse.json(owner && isSynodicOwnerView(user) ? user : publicView(user));
    });
  },

  /** `{"error":"User not found"}`, with status 404 unless told otherwise. */
  notFound(options: SynodicNotFoundHandlerOptions = {}): HttpHandler {
    return synodicRoute(options, () =>
      HttpResponse.json({ error: 'User not found' }, { status: options.status ?? 404 }),
    );
  },

  /** A 5xx (500 by default) with an empty body, or the body given. */
  serverError(options: SynodicServerErrorHandlerOptions = {}): HttpHandler {
    return synodicRoute(options, () => {
      const status = options.status ?? 500;
      if (options.body === undefined) return new HttpResponse(null, { status });
      if (typeof options.body === 'string') return new HttpResponse(options.body, { status });
      return HttpResponse.json(options.body, { status });
    });
  },

  /** No answer at all: the client sees a network error. */
  networkError(options: SynodicHandlerOptions = {}): HttpHandler {
    return synodicRoute(options, networkFailure);
  },

  /** An HTML page instead of JSON. */
  htmlError(options: SynodicHtmlErrorHandlerOptions = {}): HttpHandler {
    return synodicRoute(options, () => htmlResponse(options.status ?? 200, options.html ?? HTML_ERROR_PAGE));
  },

  /**
   * A 404 for a profile photo (the S3 URL of the fixtures by default), so a broken-photo story or test
   * fails to load the image at once and the same way everywhere, with or without internet.
   */
  photoNotFound(options: SynodicPhotoHandlerOptions = {}): HttpHandler {
    return http.get(
      options.url ?? SYNODIC_S3_PHOTO_URL,
      async () => {
        await applyDelay(options.delay);
        return new HttpResponse(null, { status: 404 });
      },
      { once: options.once ?? false },
    );
  },
};

export type SynodicHandlers = typeof synodicHandlers;
