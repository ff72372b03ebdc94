import { errorResponse } from './errorResponse';
import { REFUSAL } from './matchProxyRoute';

// The parts of Node's IncomingMessage and ServerResponse the adapter uses, written out so that this
// entry's types need no @types/node: Workers and Deno users import the same `react-user-metadata/server`.
// Node's own classes (and Express's, which extend them) fit these shapes.

/** What the adapter reads from a Node (or Express) request. */
export interface NodeRequest {
  url?: string | undefined;
  method?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  socket: object;
  /** True once the body was read to its end (by the adapter, or by a body parser before it). */
  readonly readableEnded?: boolean;
  // Node's Readable side, read for methods that carry a body (PATCH); a shape without it sends none.
  on?: NodeBodyEvents;
  pause?(): unknown;
  resume?(): unknown;
}

/** The events of a Node request's body that the adapter listens to. */
export interface NodeBodyEvents {
  (event: 'data', listener: (chunk: Uint8Array | string) => void): unknown;
  (event: 'end', listener: () => void): unknown;
  (event: 'error', listener: (error: unknown) => void): unknown;
}

/** What the adapter calls on a Node (or Express) response. */
export interface NodeResponse {
  statusCode: number;
  readonly headersSent: boolean;
  readonly destroyed: boolean;
  readonly writableFinished: boolean;
  setHeader(name: string, value: string): unknown;
  end(body?: Uint8Array): unknown;
  destroy(): unknown;
  on(event: 'close', listener: () => void): unknown;
}

/** Express's `next`: called with no argument to pass the request on, or with an error. */
export type NodeNextFunction = (error?: unknown) => void;

/** A Node `http` request listener that is also an Express/Connect middleware. */
export type NodeRequestHandler = (request: NodeRequest, response: NodeResponse, next?: NodeNextFunction) => void;

/**
 * Any Web-standard handler. What `createUserMetadataHandler` attaches is used when present: a
 * `basePath` lets Express skip other paths, `refuseUnsupportedMethod` answers CONNECT/TRACE/TRACK.
 */
export type WebRequestHandler = ((request: Request) => Promise<Response>) & {
  readonly basePath?: string;
  readonly refuseUnsupportedMethod?: (url: string, method: string) => Response;
};

// A dot segment, raw or percent-encoded in any case: `.`, `..`, `%2e`, `.%2E`, …
const DOT_SEGMENT = /(^|\/)(\.|%2e){1,2}(\/|$)/i;
// Host header as Node received it; anything else (a path, credentials) is not used to build the URL.
const SAFE_HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

// Methods the Fetch standard forbids in a `Request` (its constructor throws), which Node still parses.
const FORBIDDEN_METHODS = /^(?:CONNECT|TRACE|TRACK)$/i;

// Lets `authorize` reach what Express middleware put on the Node request (`req.user`, `req.session`).
const nodeRequests = new WeakMap<Request, NodeRequest>();

/**
 * The Node request a `Request` was made from by `toNodeHandler`, for an `authorize` that relies on
 * earlier Express middleware: `getNodeRequest<express.Request>(request)?.user`. `undefined` for a
 * request that did not come through the adapter.
 */
export function getNodeRequest<T extends NodeRequest = NodeRequest>(request: Request): T | undefined {
  return nodeRequests.get(request) as T | undefined;
}

const BODYLESS_METHODS = /^(?:GET|HEAD)$/i;

type NodeReadableRequest = NodeRequest & Required<Pick<NodeRequest, 'on' | 'pause' | 'resume'>>;

function isReadable(req: NodeRequest): req is NodeReadableRequest {
  return typeof req.on === 'function' && typeof req.pause === 'function' && typeof req.resume === 'function';
}

/**
 * The Node request's body as a Web stream, read only when the handler reads it: a body nobody reads
 * (a refusal) is left to Node, which discards it. A reader that stops early (a body over the cap) has
 * the rest read and dropped rather than the socket destroyed, so its answer still reaches the caller.
 */
function requestBody(req: NodeRequest): ReadableStream<Uint8Array> | undefined {
  if (!isReadable(req)) return undefined;
  let started = false;
  let cancelled = false;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (started) {
          req.resume();
          return;
        }
        started = true;
        if (req.readableEnded) {
          // A body parser mounted before the adapter already read it: there is nothing left.
          controller.close();
          return;
        }
        req.on('data', (chunk: Uint8Array | string) => {
          if (cancelled) return;
          controller.enqueue(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : new Uint8Array(chunk));
          req.pause();
        });
        req.on('end', () => {
          if (!cancelled) controller.close();
        });
        req.on('error', (error: unknown) => {
          if (!cancelled) controller.error(error);
        });
      },
      cancel() {
        cancelled = true;
        req.resume();
      },
    },
    { highWaterMark: 0 },
  );
}

function isUnder(path: string, basePath: string): boolean {
  return basePath === '' || path === basePath || path.startsWith(`${basePath}/`);
}

async function send(response: Response, res: NodeResponse): Promise<void> {
  const body = response.body ? new Uint8Array(await response.arrayBuffer()) : undefined;
  if (res.headersSent || res.destroyed) return;
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    res.setHeader(name, value);
  });
  res.end(body);
}

/**
 * Adapts a Web handler to Node: `http.createServer(toNodeHandler(handler))`, or
 * `app.use(toNodeHandler(handler))` in Express. As middleware, requests outside the handler's
 * `basePath` go to `next()`; without `next` the handler answers everything (404 outside its routes).
 *
 * Node hands over the path exactly as the client sent it, before any URL parsing; dot segments and
 * backslashes are refused here (400) rather than resolved into some other path. A request body (a
 * PATCH) is streamed to the handler as it reads it; mount the adapter before any body parser
 * (`express.json()`), which would read the body first and leave it empty.
 */
export function toNodeHandler(handler: WebRequestHandler): NodeRequestHandler {
  const basePath = handler.basePath ?? '';
  return (req, res, next) => {
    // Express rewrites `url` below a mount path; `originalUrl` is what the client asked for.
    const rawUrl = (req as NodeRequest & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
    const queryAt = rawUrl.indexOf('?');
    const rawPath = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt);
    if (next && !isUnder(rawPath, basePath)) {
      next();
      return;
    }

    const fail = (error: unknown) => {
      if (next) next(error);
      else if (!res.headersSent) send(errorResponse(500, 'internal error'), res).catch(() => res.destroy());
      else res.destroy();
    };

    if (!rawPath.startsWith('/') || rawPath.includes('\\') || DOT_SEGMENT.test(rawPath)) {
      send(errorResponse(REFUSAL.invalidPath.status, REFUSAL.invalidPath.message), res).catch(fail);
      return;
    }

    const hostHeader = req.headers.host;
    const host = typeof hostHeader === 'string' && SAFE_HOST.test(hostHeader) ? hostHeader : 'localhost';
    const protocol = (req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http';
    const url = `${protocol}://${host}${rawUrl}`;
    const method = req.method ?? 'GET';
    if (FORBIDDEN_METHODS.test(method)) {
      // No Request can carry these, so the handler is asked for its refusal instead (405 with Allow).
      const refusal = handler.refuseUnsupportedMethod?.(url, method) ?? errorResponse(501, 'method not implemented');
      send(refusal, res).catch(fail);
      return;
    }

    let request: Request;
    try {
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (name.startsWith(':') || value === undefined) continue; // HTTP/2 pseudo-headers
        for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
      }
      const controller = new AbortController();
      res.on('close', () => {
        if (!res.writableFinished) controller.abort();
      });
      const body = BODYLESS_METHODS.test(method) ? undefined : requestBody(req);
      // `duplex: 'half'` is what fetch requires of a streamed body (not yet in TypeScript's RequestInit).
      const init: RequestInit & { duplex?: 'half' } = { method, headers, signal: controller.signal };
      if (body) Object.assign(init, { body, duplex: 'half' });
      request = new Request(url, init);
    } catch {
      // A header value (or URL) that Node accepted but `Request` does not: a synchronous throw here
      // would escape the request listener and could take the server down.
      send(errorResponse(400, 'bad request'), res).catch(fail);
      return;
    }
    nodeRequests.set(request, req);
    handler(request)
      .then((response) => send(response, res))
      .catch(fail);
  };
}
