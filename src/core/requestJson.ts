import * as z from 'zod/mini';
import { ApiError, type ApiErrorDetails, type ApiErrorInit, type ApiErrorKind, type ApiService } from './ApiError';

/** What both clients take besides their base URL. */
export interface ClientConfig {
  apiKey?: string | undefined;
  fetch?: typeof globalThis.fetch | undefined;
  headers?: HeadersInit | undefined;
}

/** A parsed 2xx response: `json` is `undefined` when the body was empty (204, or 200 with no content). */
export interface JsonResponse {
  status: number;
  json: unknown;
}

/** What the two clients share: one GET that maps every way it can fail to one `ApiError` kind. */
export interface Requester {
  /** Whether requests carry an API key. */
  authenticated: boolean;
  /** Never rejects with anything but an `ApiError`. With `errorBody`, a 2xx whose JSON passes it is an http error. */
  get(url: string, signal: AbortSignal | undefined, errorBody?: (json: unknown) => boolean): Promise<JsonResponse>;
  /** Validates a parsed body, turning zod's issues into an `ApiError` of kind `validation`. */
  validate<T>(schema: z.ZodMiniType<T>, response: JsonResponse): T;
}

// Far above any real answer (Hanko caps each category at 3,000 characters), far below what hurts a tab:
// a broken proxy or a hostile server streaming without end must not be able to exhaust memory.
const MAX_BODY_BYTES = 8 << 20;
const SNIPPET = 2000;
const QUOTE_LIMIT = 300;
const STATUS_TEXT: Record<number, string> = {
  401: 'the API key is missing or invalid',
  403: 'the API key is not allowed to do this',
  404: 'not found',
  429: 'too many requests',
};
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is removed
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]+/g;
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * `authHeader` carries the key (`x-api-key`, `authorization`), `authPrefix` goes before it (`Bearer `).
 */
export function createRequester(
  service: ApiService,
  config: ClientConfig,
  authHeader: string,
  authPrefix: string,
): Requester {
  const apiKey = config.apiKey || undefined;
  // The key as it goes on the wire: `Headers` strips surrounding whitespace, so echoes do not have it.
  const secret = apiKey?.trim();
  const name = service === 'hanko' ? 'Hanko' : 'Synodic';

  /**
   * Server-sent text as it may go into an error: every copy of the API key removed first (a server that
   * echoes "invalid key sk_…" must not get it into messages, logs or error trackers), then bounded.
   */
  const redact = (text: string) => (secret ? text.split(secret).join('[redacted]') : text).slice(0, SNIPPET);

  const fail = <K extends ApiErrorKind>(
    kind: K,
    message: string,
    details?: ApiErrorDetails[K],
    cause?: unknown,
  ): never => {
    throw new ApiError({ kind, service, message, cause, ...details } as ApiErrorInit);
  };

  /** `${name} sent …`, for answers that arrived but cannot be used. */
  const sent = (status: number, what: string) => `${name} sent ${what} (HTTP ${status}).`;

  const httpError = (status: number, json: unknown, text: string): never => {
    // Whichever of the two APIs sent it: Hanko's `{ code?, message }`, else Synodic's `{ error }`.
    const { code, message, error } = (json ?? {}) as Record<string, unknown>;
    const hanko = typeof message === 'string' && (code === undefined || typeof code === 'number');
    const said = hanko ? message : error;
    const serverMessage = typeof said === 'string' ? redact(said) : undefined;
    // The server's words go into our own sentence, which apps show to users: one line, bounded, and
    // without bidi controls that could reorder the rest of the sentence.
    let quote = serverMessage?.replace(BIDI_CONTROLS, '').replace(CONTROLS, ' ').trim() ?? '';
    if (quote.length > QUOTE_LIMIT) {
      // Do not end on half a surrogate pair.
      quote = `${quote.slice(0, /[\ud800-\udbff]/.test(quote[QUOTE_LIMIT - 1] as string) ? QUOTE_LIMIT - 1 : QUOTE_LIMIT)}…`;
    }
    return fail(
      'http',
      `${name}: ${quote || STATUS_TEXT[status] || (status >= 500 ? 'the server had an error' : 'the request was rejected')} (HTTP ${status}).`,
      { status, serverMessage, serverCode: hanko ? (code as number | undefined) : undefined, body: redact(text) },
    );
  };

  return {
    authenticated: apiKey !== undefined,

    async get(url, signal, errorBody) {
      // The caller's headers (tracing, say) plus ours; the key is set last so nothing can replace it.
      const headers = new Headers(config.headers);
      headers.set('accept', 'application/json');
      if (apiKey) headers.set(authHeader, authPrefix + apiKey);

      const aborted = (cause: unknown) => fail('aborted', `The ${name} request was cancelled.`, {}, cause);
      const network = (cause?: unknown) =>
        fail('network', `Could not reach ${name}. Check the network connection and try again.`, {}, cause);
      if (signal?.aborted) aborted(signal.reason);

      let response: Response;
      let text = '';
      let tooLarge = false;
      try {
        // Called unbound: browsers throw "Illegal invocation" when fetch runs with `this` set to another object.
        const fetchFn = config.fetch ?? globalThis.fetch;
        response = await fetchFn(url, { method: 'GET', headers, signal });
        // `response.text()`, stopping at MAX_BODY_BYTES: the rest is cancelled, not downloaded.
        // Decodes like `text()` does (UTF-8, BOM dropped, invalid bytes replaced).
        const reader = response.body?.getReader();
        if (!reader) text = await response.text();
        else {
          const decoder = new TextDecoder();
          for (let bytes = 0; ; ) {
            const { done, value } = await reader.read();
            if (done) {
              text += decoder.decode();
              break;
            }
            bytes += value.byteLength;
            tooLarge = bytes > MAX_BODY_BYTES;
            if (tooLarge) {
              reader.cancel().catch(() => {});
              break;
            }
            text += decoder.decode(value, { stream: true });
          }
        }
      } catch (error) {
        return isAbort(error, signal) ? aborted(error) : network(error);
      }

      const status = response.status;
      // Status 0 is `Response.error()` or an opaque (no-cors) response: nothing from the server can be read.
      if (!status) network();
      let json: unknown;
      let parseError: unknown;
      // A body cut at the size cap cannot be whole JSON: not worth parsing.
      if (status !== 204 && !tooLarge && text.trim()) {
        try {
          json = JSON.parse(text);
        } catch (error) {
          parseError = error;
        }
      }
      if (status < 200 || status > 299 || errorBody?.(json)) httpError(status, json, text);
      if (tooLarge || parseError) {
        const contentType = response.headers.get('content-type');
        fail(
          'parse',
          sent(
            status,
            tooLarge
              ? 'an answer over 8 MB'
              : /^\s*</.test(text) || /html/i.test(contentType ?? '')
                ? 'an HTML page instead of JSON'
                : 'invalid JSON',
          ),
          { status, contentType: contentType === null ? undefined : redact(contentType), body: redact(text) },
          // V8 quotes the start of the body in its SyntaxError message; keep the error, not the key.
          parseError && new SyntaxError(redact((parseError as Error).message)),
        );
      }
      return { status, json };
    },

    validate(schema, { status, json }) {
      if (json === undefined) {
        fail('validation', sent(status, 'an empty answer'), {
          status,
          issues: [{ path: '', message: 'Expected a JSON object, received an empty body' }],
        });
      }
      const result = z.safeParse(schema, json);
      if (result.success) return result.data;
      const issues = result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
      const path = issues[0]?.path;
      return fail('validation', sent(status, `an answer of an unexpected shape${path ? ` at "${path}"` : ''}`), {
        status,
        issues,
      });
    },
  };
}

// By name, not `instanceof`: a DOMException from another realm (an iframe, jsdom) is not an `Error` here.
// Guarded, because a `fetch` wrapper can throw anything, even an object whose getters throw.
function isAbort(error: unknown, signal: AbortSignal | undefined): boolean {
  if (signal?.aborted) return true;
  try {
    return (error as { name?: unknown } | null)?.name === 'AbortError';
  } catch {
    return false;
  }
}
