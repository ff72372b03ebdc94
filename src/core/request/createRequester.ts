import { ApiError } from '../ApiError';
import { loadOnDemand } from './loadOnDemand';
import { normalizeApiKey } from './normalizeApiKey';
import type { ReceivedResponse } from './ReceivedResponse';
import { readBoundedBody } from './readBoundedBody';
import { redactSecrets } from './redactSecrets';
import type { ServiceConnection } from './ServicePolicy';
import { transportError } from './transportError';

/** What both clients take besides their base URL. */
export interface ClientConfig {
  apiKey?: string | undefined;
  fetch?: typeof globalThis.fetch | undefined;
  headers?: HeadersInit | undefined;
}

/** A request with a body, such as Hanko's metadata PATCH. */
export interface RequestWithBody {
  method: string;
  body: string;
  /** Its own headers (the body's `content-type`, say); the client's are added, and win. */
  headers: Record<string, string>;
}

/**
 * What the two clients share: requests that map every way they can fail to one `ApiError` kind. `T` is
 * what the service's schema accepts.
 */
export interface Requester<T> {
  /** The base URL without a trailing slash. */
  baseUrl: string;
  /** Whether requests carry an API key. */
  authenticated: boolean;
  /**
   * GETs `baseUrl` + `path` and validates its JSON body with the service's schema; `undefined` for an
   * empty body where the service's policy says that means no data. Never rejects with anything but an
   * `ApiError`. `onHeaders` sees the headers of a response that passed.
   */
  get(path: string, signal: AbortSignal | undefined, onHeaders?: (headers: Headers) => void): Promise<T | undefined>;
  /** As `get`, for a request with a JSON body. */
  send(
    path: string,
    signal: AbortSignal | undefined,
    request: RequestWithBody,
    onHeaders?: (headers: Headers) => void,
  ): Promise<T | undefined>;
}

// Far above any real answer (Hanko caps each category at 3,000 characters, and its PATCH refuses more:
// "metadata limit exceeded"), far below what hurts a tab.
const MAX_BODY_BYTES = 8 * 1024 * 1024;
// Server text kept in an error (`body`, `serverMessage`), for logs.
const MAX_SERVER_TEXT = 2000;

/**
 * A requester for one service. Throws a `TypeError` (which never shows the key) for an API key that
 * cannot be sent, and for `headers` that are not valid, so a broken config fails here, not per request.
 */
export function createRequester<T>(
  connection: ServiceConnection<T>,
  config: ClientConfig,
  baseUrl: string,
): Requester<T> {
  const apiKey = normalizeApiKey(config.apiKey, `create${connection.name}Client: apiKey`);
  // The caller's headers (tracing, say) plus the key, set last so nothing can replace it. No `accept`:
  // both APIs answer JSON whatever is asked for.
  const headers = new Headers(config.headers);
  if (apiKey) headers.set(connection.authHeader, connection.authPrefix + apiKey);
  const root = baseUrl.replace(/\/+$/, '');

  /**
   * Server-sent text as it may go into an error: every copy of the API key removed first (a server
   * that echoes "invalid key sk_…" must not get it into messages, logs or error trackers), then bounded.
   */
  const redact = (text: string) => redactSecrets(text, [apiKey]).slice(0, MAX_SERVER_TEXT);

  /** A request's own headers plus the client's, set last so nothing can replace the key. */
  const withClientHeaders = (own: Record<string, string>) => {
    const merged = new Headers(own);
    headers.forEach((value, name) => merged.set(name, value));
    return merged;
  };

  /** Fetches and reads the body, or the `aborted`/`network` error for a request with no readable answer. */
  const receive = async (
    path: string,
    signal: AbortSignal | undefined,
    request: RequestWithBody | undefined,
  ): Promise<ReceivedResponse | ApiError> => {
    try {
      // Reported like an abort during the request, without calling fetch.
      if (signal?.aborted) return transportError(connection, signal.reason, signal);
      // Called unbound: browsers throw "Illegal invocation" when fetch runs with `this` set to another object.
      const fetchFn = config.fetch ?? fetch;
      const response = await fetchFn(
        root + path,
        request ? { ...request, headers: withClientHeaders(request.headers), signal } : { headers, signal },
      );
      // Status 0 is `Response.error()` or an opaque (no-cors) response: nothing from the server can
      // be read, as when the network fails. Nothing was thrown, so there is no cause.
      if (response.status === 0) return transportError(connection, undefined, signal);
      const body = await readBoundedBody(response.body, MAX_BODY_BYTES);
      return {
        status: response.status,
        contentType: response.headers.get('content-type'),
        text: await body.data.text(),
        complete: body.complete,
        headers: response.headers,
      };
    } catch (error) {
      return transportError(connection, error, signal);
    }
  };

  /** The code that reads answers and the service's policy, loaded together (see `ServiceConnection`). */
  const loadReader = () =>
    loadOnDemand(connection, () => Promise.all([import('./readAnswer'), connection.loadPolicy()]));

  /** Sends, reads, parses and validates: the one path every request takes. */
  const run = async (
    path: string,
    signal: AbortSignal | undefined,
    request?: RequestWithBody,
    onHeaders?: (headers: Headers) => void,
  ): Promise<T | undefined> => {
    const [received, reader] = await Promise.all([
      receive(path, signal, request),
      // Loads while the request is in flight (at once after the first time). Caught so that a request
      // that failed on its own reports its own error, not this one.
      loadReader().catch((error: unknown) => error as ApiError),
    ]);
    if (received instanceof ApiError) throw received;
    if (reader instanceof ApiError) throw reader;
    const [{ readAnswer }, policy] = reader;
    const data = await readAnswer(policy, received, redact, MAX_BODY_BYTES);
    if (received.headers) onHeaders?.(received.headers);
    return data;
  };

  return {
    baseUrl: root,
    authenticated: apiKey !== undefined,
    get: (path, signal, onHeaders) => run(path, signal, undefined, onHeaders),
    send: run,
  };
}
