import { readBoundedBody } from '../core/request/readBoundedBody';
import { describeError } from './describeError';
import { errorResponse, PROXY_RESPONSE_HEADERS } from './errorResponse';

/** Something that went wrong between the proxy and an upstream API, for logs. */
export interface UpstreamFailure {
  kind: 'timeout' | 'network' | 'redirect' | 'invalid-status' | 'response-too-large' | 'key-in-response';
  /** One line for a log, with every API key replaced by `[redacted]`. */
  message: string;
}

export interface ForwardInit {
  url: string;
  /** `GET` unless told otherwise. */
  method?: 'GET' | 'PATCH';
  /** A JSON body to send (as `application/json`); already checked by the proxy. */
  body?: string;
  /** Display name for messages (`Hanko`, `Synodic`). */
  name: string;
  /** The incoming request: only allow-listed headers are read from it, and its signal (caller gone). */
  request: Request;
  /** The server's credential header, e.g. `['authorization', 'Bearer …']`. */
  credential: readonly [string, string];
  timeoutMs: number;
  fetch: typeof globalThis.fetch;
  /** Every key the proxy holds: none of them may appear in what is returned or logged. */
  secrets: readonly string[];
  onFailure: (failure: UpstreamFailure) => void;
}

// Forwarded from the caller; everything else (Authorization, Cookie, X-Forwarded-*, tracing, …) stays here.
const FORWARDED_REQUEST_HEADERS = ['accept', 'accept-language'];
// Passed back from upstream; never Set-Cookie, hop-by-hop headers, or Content-Encoding/-Length
// (fetch has already decoded the body, so those would describe bytes that are no longer there).
const RETURNED_RESPONSE_HEADERS = ['content-type', 'content-language', 'retry-after'];
// Hanko caps each metadata category at 3,000 characters and a Synodic user is a few fields, so
// anything near this size is not an answer either API gives.
const MAX_RESPONSE_BYTES = 1024 * 1024;
// Statuses whose responses cannot carry a body (the Response constructor throws otherwise).
const NULL_BODY_STATUSES = new Set([204, 205, 304]);

/** What upstream answered, its body read in full within the time limit; or the refusal that replaces it. */
type UpstreamAnswer = { upstream: Response; body: Blob } | { refusal: Response };

type Fail = (kind: UpstreamFailure['kind'], status: 502 | 504, message: string, detail?: unknown) => Response;

function upstreamRequestHeaders(init: ForwardInit): Headers {
  const headers = new Headers({ accept: 'application/json' });
  for (const header of FORWARDED_REQUEST_HEADERS) {
    const value = init.request.headers.get(header);
    if (value !== null) headers.set(header, value);
  }
  if (init.body !== undefined) headers.set('content-type', 'application/json');
  headers.set(init.credential[0], init.credential[1]);
  return headers;
}

/**
 * Calls upstream and reads its whole body inside `timeoutMs`, so a slow upstream gives a clean 504
 * rather than a truncated 200. Ends the call when the caller hangs up.
 */
async function callUpstream(init: ForwardInit, fail: Fail): Promise<UpstreamAnswer> {
  const { request, name } = init;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, init.timeoutMs);
  // A caller that hangs up should not keep the upstream call (and its socket) alive.
  const abortWithCaller = () => controller.abort();
  request.signal?.addEventListener('abort', abortWithCaller, { once: true });
  try {
    // Called unbound: Workers and browsers throw "Illegal invocation" when fetch gets a foreign `this`.
    const fetchUpstream = init.fetch;
    const upstream = await fetchUpstream(init.url, {
      method: init.method ?? 'GET',
      headers: upstreamRequestHeaders(init),
      body: init.body ?? null,
      signal: controller.signal,
      // A followed redirect would carry the key to wherever upstream points (fetch drops
      // Authorization across origins, but not x-api-key); neither API redirects these calls.
      redirect: 'manual',
    });
    const { data, complete } = await readBoundedBody(upstream.body, MAX_RESPONSE_BYTES);
    if (complete) return { upstream, body: data };
    // The body reader cancelled the rest; aborting also frees a peer that keeps sending.
    controller.abort();
    return { refusal: fail('response-too-large', 502, `${name} sent a response too large to forward`) };
  } catch (error) {
    // Nobody is left to read the answer, and a caller hanging up is not an upstream failure to log.
    if (request.signal?.aborted && !timedOut) {
      return { refusal: errorResponse(502, `the caller went away before ${name} answered`) };
    }
    if (timedOut) return { refusal: fail('timeout', 504, `${name} did not answer within ${init.timeoutMs} ms`) };
    return { refusal: fail('network', 502, `could not reach ${name}`, error) };
  } finally {
    clearTimeout(timer);
    request.signal?.removeEventListener('abort', abortWithCaller);
  }
}

/** Upstream's answer as the caller may see it: its status, body and allow-listed headers, or a 502. */
async function passOn(init: ForwardInit, upstream: Response, body: Blob, fail: Fail): Promise<Response> {
  const { name } = init;
  // fetch passes on any three-digit status, but a Response can only be built with 200-599.
  if (upstream.status < 200 || upstream.status > 599) {
    return fail('invalid-status', 502, `${name} answered with an invalid status (HTTP ${upstream.status})`);
  }
  if (upstream.status >= 300 && upstream.status < 400) {
    return fail('redirect', 502, `${name} answered with an unexpected redirect (HTTP ${upstream.status})`);
  }

  const responseHeaders = new Headers(PROXY_RESPONSE_HEADERS);
  for (const header of RETURNED_RESPONSE_HEADERS) {
    const value = upstream.headers.get(header);
    if (value !== null) responseHeaders.set(header, value);
  }
  // Upstream should never echo a key, but if it ever does (a debug error page, say) the answer is
  // withheld rather than handed to the browser.
  const visible = `${await body.text()}\n${[...responseHeaders.values()].join('\n')}`;
  if (init.secrets.some((secret) => secret !== '' && visible.includes(secret))) {
    return fail('key-in-response', 502, `${name} sent a response that contained an API key; it was withheld`);
  }

  const nullBody = NULL_BODY_STATUSES.has(upstream.status);
  return new Response(nullBody ? null : body, { status: upstream.status, headers: responseHeaders });
}

/**
 * Sends one request upstream (a GET, or a PATCH with its checked body) with the server's key and
 * returns what the caller may see: upstream's status, body and content type, or a 502/504 refusal.
 * Never rejects.
 */
export async function forwardToUpstream(init: ForwardInit): Promise<Response> {
  const fail: Fail = (kind, status, message, detail) => {
    const logLine = detail === undefined ? message : `${message}: ${describeError(detail, init.secrets)}`;
    init.onFailure({ kind, message: `${logLine} (${init.method ?? 'GET'} ${init.url})` });
    return errorResponse(status, message);
  };
  const answer = await callUpstream(init, fail);
  if ('refusal' in answer) return answer.refusal;
  return passOn(init, answer.upstream, answer.body, fail);
}
