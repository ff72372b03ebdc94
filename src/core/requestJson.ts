import * as z from 'zod/mini';
import {
  ApiError,
  type ApiErrorDetails,
  type ApiErrorInit,
  type ApiErrorIssue,
  type ApiErrorKind,
  type ApiService,
} from './ApiError';
import type { StandardSchemaIssue } from './StandardSchema';
import { hankoErrorBodySchema, synodicErrorBodySchema } from './schemas';

/** What both clients take besides their base URL. */
export interface ClientConfig {
  apiKey?: string | undefined;
  fetch?: typeof globalThis.fetch | undefined;
  headers?: HeadersInit | undefined;
}

/** What the two clients share: one GET that maps every way it can fail to one `ApiError` kind. */
export interface Requester {
  /** The base URL without a trailing slash. */
  baseUrl: string;
  /** Whether requests carry an API key. */
  authenticated: boolean;
  /**
   * GETs `baseUrl` + `path` and validates its JSON body with `schema`; `undefined` for an empty Hanko body (a 204).
   * `false` for `path` means the id was rejected before any request: an `invalid-input` error.
   * Never rejects with anything but an `ApiError`.
   */
  get<T>(path: string | false, signal: AbortSignal | undefined, schema: z.ZodMiniType<T>): Promise<T | undefined>;
}

// Far above any real answer (Hanko caps each category at 3,000 characters), far below what hurts a tab:
// a broken proxy or a hostile server streaming without end must not be able to exhaust memory.
const MAX_BODY_BYTES = 8 << 20;
const STATUS_TEXT: Record<number, string> = {
  401: 'the API key is missing or invalid',
  403: 'the API key is not allowed',
  404: 'not found',
  429: 'too many requests',
};
// Control characters (line breaks included) and bidi controls, which could reorder the rest of our sentence.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g;

/** Schema issues (zod's, or any Standard Schema's) as ours: a dotted path, below `prefix` if given. */
export function toIssues(issues: readonly StandardSchemaIssue[], ...prefix: PropertyKey[]): ApiErrorIssue[] {
  return issues.map(({ path = [], message }) => ({
    path: [...prefix, ...path].map((part) => String(typeof part === 'object' ? part.key : part)).join('.'),
    message,
  }));
}

/** `authHeader` carries the key (`x-api-key`, `authorization`), after `authPrefix` (`Bearer `). */
export function createRequester(
  service: ApiService,
  config: ClientConfig,
  baseUrl: string,
  authHeader: string,
  authPrefix: string,
): Requester {
  const apiKey = config.apiKey;
  // The key as it goes on the wire: `Headers` strips surrounding whitespace, so echoes do not have it.
  const secret = apiKey?.trim();
  const synodic = service === 'synodic';
  const name = synodic ? 'Synodic' : 'Hanko';

  /**
   * Server-sent text as it may go into an error: every copy of the API key removed first (a server that
   * echoes "invalid key sk_…" must not get it into messages, logs or error trackers), then bounded.
   */
  const redact = (text: string) => (secret ? text.split(secret).join('[redacted]') : text).slice(0, 2000);

  /** With a `status` in `details`, `message` says what the server sent, in our one sentence for it. */
  const fail = <K extends ApiErrorKind>(
    kind: K,
    message: string,
    details?: ApiErrorDetails[K],
    cause?: unknown,
  ): never => {
    const status = (details as { status?: number } | undefined)?.status;
    throw new ApiError({
      kind,
      service,
      message: status ? `${name}: ${message} (HTTP ${status}).` : message,
      cause,
      ...details,
    } as ApiErrorInit);
  };

  baseUrl = baseUrl.replace(/\/+$/, '');
  return {
    baseUrl,
    authenticated: !!apiKey,

    async get(path, signal, schema) {
      if (path === false) {
        fail('invalid-input', `Not a valid ${name} ${synodic ? 'username' : 'user id'}.`, {
          input: synodic ? 'username' : 'userId',
        });
      }
      // The caller's headers (tracing, say) plus the key, set last so nothing can replace it. No `accept`:
      // both APIs answer JSON whatever is asked for.
      const headers = new Headers(config.headers);
      if (apiKey) headers.set(authHeader, authPrefix + apiKey);

      let response: Response;
      let text: string;
      let tooLarge = false;
      try {
        // Thrown here to be reported like an abort during the request, without calling fetch.
        if (signal?.aborted) throw signal.reason;
        // Called unbound: browsers throw "Illegal invocation" when fetch runs with `this` set to another object.
        const fetchFn = config.fetch ?? fetch;
        response = await fetchFn(baseUrl + path, { headers, signal });
        // Status 0 is `Response.error()` or an opaque (no-cors) response: nothing from the server can
        // be read, as when the network fails.
        if (!response.status) throw undefined;
        // `response.text()`, stopping at MAX_BODY_BYTES: the rest is cancelled, not downloaded.
        let bytes = 0;
        text = await new Response(
          response.body?.pipeThrough(
            new TransformStream<Uint8Array, Uint8Array>({
              transform(chunk, controller) {
                bytes += chunk.length;
                if (bytes > MAX_BODY_BYTES) {
                  tooLarge = true;
                  // Ends the text here and cancels the response body.
                  controller.terminate();
                } else controller.enqueue(chunk);
              },
            }),
          ),
        ).text();
      } catch (error) {
        let abort = signal?.aborted;
        // By name, not `instanceof`: a DOMException from another realm (an iframe, jsdom) is not an `Error`
        // here. Guarded, because a `fetch` wrapper can throw anything, even an object whose getters throw.
        try {
          abort ||= (error as { name?: unknown } | null)?.name === 'AbortError';
        } catch {
          // A throwing getter: not an abort we can recognise, so a network error.
        }
        return abort
          ? fail('aborted', `The ${name} request was cancelled.`, {}, error)
          : fail('network', `Could not reach ${name}.`, {}, error);
      }

      const status = response.status;
      let json: unknown;
      let parseError: unknown;
      // A body cut at the size cap cannot be whole JSON: not worth parsing.
      if (!tooLarge && text.trim()) {
        try {
          json = JSON.parse(text);
        } catch (error) {
          parseError = error;
        }
      }
      // The server's own words, whichever of the two APIs sent them.
      const hanko = z.safeParse(hankoErrorBodySchema, json).data;
      const legacy = z.safeParse(synodicErrorBodySchema, json).data;
      if (
        !response.ok ||
        // An older version of the Synodic docs showed `{"error": "User not found"}` without saying which
        // status comes with it, so an error body is an error whatever the status.
        (synodic && legacy && !('created_at' in (json as object)))
      ) {
        const said = hanko?.message ?? legacy?.error;
        const serverMessage = said && redact(said);
        // The server's words go into our own sentence, which apps show to users: one line, bounded, and
        // without bidi controls that could reorder the rest of the sentence.
        let quote = serverMessage?.replace(CONTROLS, ' ').trim() ?? '';
        if (quote.length > 300) {
          // Do not end on half a surrogate pair.
          quote = `${quote.slice(0, 300).replace(/[\ud800-\udbff]$/, '')}…`;
        }
        fail(
          'http',
          quote || STATUS_TEXT[status] || (status > 499 ? 'the server had an error' : 'the request was rejected'),
          { status, serverMessage, serverCode: hanko?.code, body: redact(text) },
        );
      }
      if (tooLarge || parseError) {
        const contentType = response.headers.get('content-type');
        fail(
          'parse',
          tooLarge
            ? 'an answer over 8 MB'
            : /html/i.test(contentType ?? '')
              ? 'an HTML page instead of JSON'
              : 'invalid JSON',
          { status, contentType: contentType === null ? undefined : redact(contentType), body: redact(text) },
          // V8 quotes the start of the body in its SyntaxError message; keep the error, not the key.
          parseError && new SyntaxError(redact((parseError as Error).message)),
        );
      }
      // An empty body is Hanko's "no metadata"; Synodic always owes a user.
      if (json === undefined && !synodic) return;
      const result = z.safeParse(schema, json);
      if (result.error) {
        const issues = toIssues(result.error.issues);
        const path = issues[0]?.path;
        fail('validation', `unexpected data${path ? ` at "${path}"` : ''}`, {
          status,
          issues,
        });
      }
      // Hanko metadata is passed on exactly as stored, `__proto__` keys included (zod's copy leaves them
      // out; the Hanko query turns structural sharing off for them). Synodic data is zod's copy.
      return synodic ? result.data : (json as never);
    },
  };
}
