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

/**
 * Sends one GET upstream with the server's key and returns what the caller may see: upstream's
 * status, body and content type, or a 502/504 refusal. Never rejects. The whole body is read
 * inside the time limit, so a slow upstream gives a clean 504 rather than a truncated 200.
 */
export async function forwardToUpstream(init: ForwardInit): Promise<Response> {
  const { request, name } = init;
  const headers = new Headers({ accept: 'application/json' });
  for (const header of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers.get(header);
    if (value !== null) headers.set(header, value);
  }
  headers.set(init.credential[0], init.credential[1]);

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, init.timeoutMs);
  // A caller that hangs up should not keep the upstream call (and its socket) alive.
  const abortWithCaller = () => controller.abort();
  request.signal?.addEventListener('abort', abortWithCaller, { once: true });

  const fail = (kind: UpstreamFailure['kind'], status: 502 | 504, message: string, detail?: unknown): Response => {
    const logLine = detail === undefined ? message : `${message}: ${describeError(detail, init.secrets)}`;
    init.onFailure({ kind, message: `${logLine} (GET ${init.url})` });
    return errorResponse(status, message);
  };

  try {
    let upstream: Response;
    let body: Blob;
    let complete: boolean;
    try {
      // Called unbound: Workers and browsers throw "Illegal invocation" when fetch gets a foreign `this`.
      const fetchUpstream = init.fetch;
      upstream = await fetchUpstream(init.url, {
        method: 'GET',
        headers,
        signal: controller.signal,
        // A followed redirect would carry the key to wherever upstream points (fetch drops
        // Authorization across origins, but not x-api-key); neither API redirects these calls.
        redirect: 'manual',
      });
      ({ data: body, complete } = await readBoundedBody(upstream.body, MAX_RESPONSE_BYTES));
    } catch (error) {
      // Nobody is left to read the answer, and a caller hanging up is not an upstream failure to log.
      if (request.signal?.aborted && !timedOut) {
        return errorResponse(502, `the caller went away before ${name} answered`);
      }
      if (timedOut) return fail('timeout', 504, `${name} did not answer within ${init.timeoutMs} ms`);
      return fail('network', 502, `could not reach ${name}`, error);
    }
    if (!complete) {
      // The body reader cancelled the rest; aborting also frees a peer that keeps sending.
      controller.abort();
      return fail('response-too-large', 502, `${name} sent a response too large to forward`);
    }

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
  } finally {
    clearTimeout(timer);
    request.signal?.removeEventListener('abort', abortWithCaller);
  }
}
