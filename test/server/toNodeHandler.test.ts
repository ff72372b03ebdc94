// @vitest-environment node
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createUserMetadataHandler,
  getNodeRequest,
  type NodeRequestHandler,
  toNodeHandler,
  type UserMetadataHandlerOptions,
} from '../../src/server/index';
import {
  createResponseLog,
  type FakeUpstream,
  HANKO_KEY,
  hangUpWhen,
  letLoopbackThrough,
  type RunningServer,
  startFakeUpstream,
  startServer,
  USER_ID,
} from './proxyTestServers';

const METADATA_PATH = `/api/hanko/users/${USER_ID}/metadata`;

let hanko: FakeUpstream;
const servers: RunningServer[] = [];
let authorize: ReturnType<typeof vi.fn<UserMetadataHandlerOptions['authorize']>>;
const log = createResponseLog();

function handler(timeoutMs = 5000) {
  return createUserMetadataHandler({
    hanko: { baseUrl: `${hanko.origin}/admin`, apiKey: HANKO_KEY },
    authorize: (request, target) => authorize(request, target),
    timeoutMs,
    onError: () => undefined,
  });
}

/**
 * The part of Express's contract the adapter relies on: middleware gets (req, res, next), runs in
 * order, and when mounted below a path sees `req.url` without it and the full URL in `req.originalUrl`.
 */
async function startMiniExpress(
  middleware: NodeRequestHandler,
  { mountPath = '', before }: { mountPath?: string; before?: (req: IncomingMessage) => void } = {},
): Promise<RunningServer & { state: { nextCalls: number; errors: unknown[] } }> {
  const state = { nextCalls: 0, errors: [] as unknown[] };
  const running = await startServer((req: IncomingMessage, res: ServerResponse) => {
    before?.(req);
    const fallback = (error?: unknown) => {
      if (error !== undefined) state.errors.push(error);
      else state.nextCalls += 1;
      res.statusCode = error === undefined ? 418 : 599;
      res.end('fell through');
    };
    const url = req.url ?? '/';
    if (mountPath && !(url === mountPath || url.startsWith(`${mountPath}/`))) return fallback();
    if (mountPath) {
      Object.assign(req, { originalUrl: url });
      req.url = url.slice(mountPath.length) || '/';
    }
    middleware(req, res, fallback);
  });
  servers.push(running);
  return Object.assign(running, { state });
}

beforeAll(async () => {
  hanko = await startFakeUpstream();
  servers.push(hanko);
});

beforeEach(() => {
  letLoopbackThrough();
  hanko.requests.length = 0;
  hanko.reply = { status: 200, headers: { 'content-type': 'application/json' }, body: '{"public_metadata":{"a":1}}' };
  authorize = vi.fn<UserMetadataHandlerOptions['authorize']>(() => true);
});

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  expect(log.count).toBeGreaterThan(10);
  expect(log.text()).not.toContain(HANKO_KEY);
});

describe('toNodeHandler as Express middleware', () => {
  it('answers requests under basePath itself and does not call next', async () => {
    const app = await startMiniExpress(toNodeHandler(handler()));
    const response = await log.fetch(`${app.origin}${METADATA_PATH}`);
    expect(response.status).toBe(200);
    expect(response.body).toBe('{"public_metadata":{"a":1}}');
    expect(app.state.nextCalls).toBe(0);
  });

  it.each(['/', '/health', '/apiary', '/other/api/hanko', '/other/../api/hanko/users'])(
    'passes %s (outside basePath) to next() without answering or calling upstream',
    async (path) => {
      const app = await startMiniExpress(toNodeHandler(handler()));
      const response = await log.raw(app.port, path);
      expect(response.status).toBe(418);
      expect(response.body).toBe('fell through');
      expect(app.state.nextCalls).toBe(1);
      expect(hanko.requests).toHaveLength(0);
    },
  );

  it('answers unknown paths under basePath itself (404 JSON), so they never reach later middleware', async () => {
    const app = await startMiniExpress(toNodeHandler(handler()));
    const response = await log.fetch(`${app.origin}/api/hanko/users`);
    expect(response.status).toBe(404);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(app.state.nextCalls).toBe(0);
  });

  it('refuses dot segments under basePath with 400 instead of resolving them', async () => {
    const app = await startMiniExpress(toNodeHandler(handler()));
    const response = await log.raw(app.port, `/api/hanko/users/../users/${USER_ID}/metadata`);
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toEqual({ code: 400, message: 'invalid path' });
    expect(app.state.nextCalls).toBe(0);
    expect(hanko.requests).toHaveLength(0);
  });

  it('works mounted below a path (app.use("/api", …)), matching on the original URL', async () => {
    const app = await startMiniExpress(toNodeHandler(handler()), { mountPath: '/api' });
    const response = await log.fetch(`${app.origin}${METADATA_PATH}`);
    expect(response.status).toBe(200);
    expect(hanko.requests[0]?.url).toBe(`/admin/users/${USER_ID}/metadata`);
  });

  it('gives authorize the Node request, with what earlier middleware attached to it', async () => {
    const app = await startMiniExpress(toNodeHandler(handler()), {
      before: (req) => Object.assign(req, { user: { role: 'admin' } }),
    });
    authorize.mockImplementation(
      (request) => getNodeRequest<IncomingMessage & { user?: { role: string } }>(request)?.user?.role === 'admin',
    );
    expect((await log.fetch(`${app.origin}${METADATA_PATH}`)).status).toBe(200);
    expect(getNodeRequest(new Request('http://localhost/api'))).toBeUndefined();
  });

  it('hands a failing handler to next(error) when there is a next', async () => {
    const failing = Object.assign(() => Promise.reject(new Error('boom')), { basePath: '/api' });
    const app = await startMiniExpress(toNodeHandler(failing));
    const response = await log.fetch(`${app.origin}/api/x`);
    expect(response.status).toBe(599);
    expect(app.state.errors).toHaveLength(1);
  });
});

describe('toNodeHandler with http.createServer', () => {
  it('answers 500 JSON with no-store when the handler fails and there is no next', async () => {
    const failing = Object.assign(() => Promise.reject(new Error(`boom ${HANKO_KEY}`)), { basePath: '/api' });
    const plain = await startServer(toNodeHandler(failing));
    servers.push(plain);
    const response = await log.fetch(`${plain.origin}/api/x`);
    expect(response.status).toBe(500);
    expect(JSON.parse(response.body)).toEqual({ code: 500, message: 'internal error' });
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('answers paths outside basePath with 404 itself', async () => {
    const plain = await startServer(toNodeHandler(handler()));
    servers.push(plain);
    const response = await log.fetch(`${plain.origin}/health`);
    expect(response.status).toBe(404);
    expect(hanko.requests).toHaveLength(0);
  });

  it('does not let a forged Host header change the path the handler sees', async () => {
    const plain = await startServer(toNodeHandler(handler()));
    servers.push(plain);
    const response = await log.raw(plain.port, '/health', {
      headers: { Host: `evil.example${METADATA_PATH}#` },
    });
    expect(response.status).toBe(404);
    expect(authorize).not.toHaveBeenCalled();
    expect(hanko.requests).toHaveLength(0);
  });

  it("gives authorize a Request with the caller's URL, method and headers", async () => {
    const plain = await startServer(toNodeHandler(handler()));
    servers.push(plain);
    await log.fetch(`${plain.origin}${METADATA_PATH}`, { headers: { cookie: 'session=s1' } });
    const request = authorize.mock.calls[0]?.[0];
    expect(request?.url).toBe(`${plain.origin}${METADATA_PATH}`);
    expect(request?.method).toBe('GET');
    expect(request?.headers.get('cookie')).toBe('session=s1');
  });

  it('answers a method that Request refuses (TRACE) with 405 and Allow, and keeps serving', async () => {
    const plain = await startServer(toNodeHandler(handler()));
    servers.push(plain);
    const response = await log.raw(plain.port, METADATA_PATH, { method: 'TRACE' });
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('GET');
    expect(JSON.parse(response.body)).toEqual({ code: 405, message: 'method not allowed' });
    expect(response.headers['cache-control']).toBe('no-store');
    expect(authorize).not.toHaveBeenCalled();
    expect(hanko.requests).toHaveLength(0);
    expect((await log.fetch(`${plain.origin}${METADATA_PATH}`)).status).toBe(200);
  });

  it('answers TRACE with 501 for a handler that cannot say which methods it allows', async () => {
    const called = vi.fn(() => Promise.resolve(new Response('reached')));
    const plain = await startServer(toNodeHandler(Object.assign(called, { basePath: '/api' })));
    servers.push(plain);
    const response = await log.raw(plain.port, '/api/x', { method: 'TRACE' });
    expect(response.status).toBe(501);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(called).not.toHaveBeenCalled();
  });

  it('cancels the upstream call when the caller hangs up', async () => {
    let upstreamClosed = false;
    hanko.reply = (res) => {
      res.on('close', () => {
        upstreamClosed = true;
      });
    };
    const plain = await startServer(toNodeHandler(handler(10_000)));
    servers.push(plain);
    const hungUp = log
      .raw(plain.port, METADATA_PATH, { onSocket: hangUpWhen(() => hanko.requests.length > 0) })
      .catch((error: unknown) => error);
    expect(await hungUp).toBeInstanceOf(Error);
    await vi.waitFor(() => expect(upstreamClosed).toBe(true), { timeout: 2000 });
  });
});
