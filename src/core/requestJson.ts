import * as z from 'zod/mini';
import { ApiError, type ApiErrorIssue, type ApiService } from './ApiError';
import { hankoErrorBodySchema, synodicErrorBodySchema } from './schemas';

const SERVICE_NAME: Record<ApiService, string> = { synodic: 'Synodic', hanko: 'Hanko' };
const BODY_SNIPPET = 2000;

export interface RequestJsonInit {
  service: ApiService;
  url: string;
  headers: Headers;
  fetch: typeof globalThis.fetch;
  signal: AbortSignal | undefined;
  /** The API key the request carries: removed from anything the server sends back into an error. */
  secret?: string | undefined;
}

/** A parsed 2xx response: `undefined` when the body was empty (204, or 200 with no content). */
export interface JsonResponse {
  status: number;
  json: unknown;
  /** The body as received, for error reports (re-serialising `json` could overflow the stack on deep nesting). */
  text: string;
}

// By name, not `instanceof`: a DOMException from another realm (an iframe, jsdom) is not an `Error` here.
// Guarded, because a `fetch` wrapper can throw anything, even an object whose getters throw.
function isAbort(error: unknown, signal: AbortSignal | undefined): boolean {
  if (signal?.aborted === true) return true;
  try {
    return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
  } catch {
    return false;
  }
}

const REDACTED = '[redacted]';

/**
 * Removes every copy of the API key from server-sent text. A server that echoes the key back
 * ("invalid key sk_…") must not get it into messages, logs or error trackers through us.
 */
export function redact(text: string, secret: string | undefined): string {
  return secret ? text.split(secret).join(REDACTED) : text;
}

/** The key as it goes on the wire: `Headers` strips surrounding whitespace, so echoes do not have it. */
export function secretOf(apiKey: string | undefined): string | undefined {
  const trimmed = apiKey?.trim();
  return trimmed ? trimmed : undefined;
}

function aborted(service: ApiService, cause?: unknown): ApiError {
  return new ApiError({
    kind: 'aborted',
    service,
    message: `The ${SERVICE_NAME[service]} request was cancelled.`,
    cause,
  });
}

function describeStatus(status: number): string {
  if (status === 401) return 'the API key is missing or invalid';
  if (status === 403) return 'the API key is not allowed to do this';
  if (status === 404) return 'not found';
  if (status === 429) return 'too many requests';
  if (status >= 500) return 'the server had an error';
  return 'the request was rejected';
}

/** Reads the server's own words from an error body, whichever of the two APIs sent it. */
function readServerError(text: string): { message?: string; code?: number } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {};
  }
  const hanko = z.safeParse(hankoErrorBodySchema, json);
  if (hanko.success) return { message: hanko.data.message, code: hanko.data.code };
  const synodic = z.safeParse(synodicErrorBodySchema, json);
  if (synodic.success) return { message: synodic.data.error };
  return {};
}

const QUOTE_LIMIT = 300;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is removed
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]+/g;
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The server's words as they go into our own sentence, which apps show to users (ErrorState does):
 * one line, bounded, and without bidi controls that could reorder the rest of the sentence.
 */
function quoteServer(text: string): string {
  const line = text.replace(BIDI_CONTROLS, '').replace(CONTROLS, ' ').trim();
  if (line.length <= QUOTE_LIMIT) return line;
  // Do not end on half a surrogate pair.
  const cut = /[\ud800-\udbff]/.test(line[QUOTE_LIMIT - 1] ?? '') ? QUOTE_LIMIT - 1 : QUOTE_LIMIT;
  return `${line.slice(0, cut)}…`;
}

export function httpError(service: ApiService, status: number, text: string, secret?: string): ApiError {
  const server = readServerError(text);
  const serverMessage =
    server.message === undefined ? undefined : redact(server.message, secret).slice(0, BODY_SNIPPET);
  const quoted = serverMessage === undefined ? '' : quoteServer(serverMessage);
  const what = quoted || describeStatus(status);
  return new ApiError({
    kind: 'http',
    service,
    status,
    serverMessage,
    serverCode: server.code,
    body: redact(text, secret).slice(0, BODY_SNIPPET),
    message: `${SERVICE_NAME[service]}: ${what} (HTTP ${status}).`,
  });
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((part) => String(part)).join('.');
}

/** Validates a parsed body, turning zod's issues into an `ApiError` of kind `validation`. */
export function validate<T>(
  service: ApiService,
  status: number,
  schema: z.ZodMiniType<T>,
  json: unknown,
  what: string,
): T {
  const result = z.safeParse(schema, json);
  if (result.success) return result.data;
  const issues: ApiErrorIssue[] = result.error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message,
  }));
  const first = issues[0];
  const where = first?.path ? ` at "${first.path}"` : '';
  return validationFailure(
    service,
    status,
    issues,
    `${SERVICE_NAME[service]} sent ${what} in an unexpected shape${where}.`,
  );
}

export function validationFailure(
  service: ApiService,
  status: number,
  issues: ApiErrorIssue[],
  message: string,
): never {
  throw new ApiError({ kind: 'validation', service, status, issues, message });
}

/**
 * GETs a URL and parses its JSON body, mapping every way it can fail to one `ApiError` kind.
 * Never rejects with anything but an `ApiError`.
 */
export async function requestJson(init: RequestJsonInit): Promise<JsonResponse> {
  const { service, url, headers, signal, secret } = init;
  const name = SERVICE_NAME[service];
  if (signal?.aborted) throw aborted(service, signal.reason);

  let response: Response;
  try {
    // Called unbound: browsers throw "Illegal invocation" when fetch runs with `this` set to another object.
    const fetchFn = init.fetch;
    response = await fetchFn(url, { method: 'GET', headers, signal });
  } catch (error) {
    if (isAbort(error, signal)) throw aborted(service, error);
    throw new ApiError({
      kind: 'network',
      service,
      message: `Could not reach ${name}. Check the network connection and try again.`,
      cause: error,
    });
  }

  let text: string;
  let tooLarge = false;
  try {
    const read = await readBody(response);
    text = read.text;
    tooLarge = read.tooLarge;
  } catch (error) {
    if (isAbort(error, signal)) throw aborted(service, error);
    throw new ApiError({
      kind: 'network',
      service,
      message: `The connection to ${name} broke while reading its answer.`,
      cause: error,
    });
  }

  const status = response.status;
  // Status 0 is `Response.error()` or an opaque (no-cors) response: nothing from the server can be read.
  if (status === 0) {
    throw new ApiError({
      kind: 'network',
      service,
      message: `Could not read ${name}'s answer (the request failed or was blocked, by CORS for example).`,
    });
  }
  if (status < 200 || status > 299) throw httpError(service, status, text, secret);
  if (tooLarge) {
    throw new ApiError({
      kind: 'parse',
      service,
      status,
      contentType: redactHeader(response.headers.get('content-type'), secret),
      body: redact(text, secret).slice(0, BODY_SNIPPET),
      message: `${name} sent an answer larger than ${MAX_BODY_BYTES / 1024 / 1024} MB (HTTP ${status}); it was not read.`,
    });
  }
  if (status === 204 || text.trim() === '') return { status, json: undefined, text };

  try {
    return { status, json: JSON.parse(text), text };
  } catch (error) {
    const contentType = redactHeader(response.headers.get('content-type'), secret);
    const looksHtml = /^\s*</.test(text) || /html/i.test(contentType ?? '');
    throw new ApiError({
      kind: 'parse',
      service,
      status,
      contentType,
      body: redact(text, secret).slice(0, BODY_SNIPPET),
      message: looksHtml
        ? `${name} answered with an HTML page instead of JSON (HTTP ${status}); a proxy or login page may be in the way.`
        : `${name} answered with a body that is not valid JSON (HTTP ${status}).`,
      // V8 quotes the start of the body in its SyntaxError message; keep the error, not the key.
      cause: error instanceof Error ? new SyntaxError(redact(error.message, secret)) : error,
    });
  }
}

// Far above any real answer (Hanko caps each category at 3,000 characters), far below what hurts a tab:
// a broken proxy or a hostile server streaming without end must not be able to exhaust memory.
const MAX_BODY_BYTES = 8 * 1024 * 1024;

/**
 * `response.text()`, stopping at MAX_BODY_BYTES: the rest is cancelled, not downloaded.
 * Decodes like `text()` does (UTF-8, BOM dropped, invalid bytes replaced).
 */
async function readBody(response: Response): Promise<{ text: string; tooLarge: boolean }> {
  const body = response.body;
  if (!body) return { text: await response.text(), tooLarge: false };
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { text: text + decoder.decode(), tooLarge: false };
    bytes += value.byteLength;
    if (bytes > MAX_BODY_BYTES) {
      reader.cancel().catch(() => {});
      return { text, tooLarge: true };
    }
    text += decoder.decode(value, { stream: true });
  }
}

function redactHeader(value: string | null, secret: string | undefined): string | undefined {
  return value === null ? undefined : redact(value, secret);
}

/** The caller's headers (tracing, say) plus ours; the auth header is set last so nothing can replace the key. */
export function buildHeaders(extra: HeadersInit | undefined, auth: [string, string] | undefined): Headers {
  const headers = new Headers(extra);
  headers.set('accept', 'application/json');
  if (auth) headers.set(auth[0], auth[1]);
  return headers;
}

export function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
