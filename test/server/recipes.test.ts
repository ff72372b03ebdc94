// @vitest-environment node
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpResponse, http } from 'msw';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
// The recipes import 'react-user-metadata/server'; this is the same module, from source.
import { createUserMetadataHandler, type NodeRequestHandler, toNodeHandler } from '../../src/server/index';
import { server as mswServer } from '../mswServer';
import {
  createResponseLog,
  type FakeUpstream,
  HANKO_KEY,
  letLoopbackThrough,
  SYNODIC_KEY,
  startFakeUpstream,
  USER_ID,
} from './proxyTestServers';

// The README recipes (README.md, "Server proxy"), run as written. Only the module boundaries differ: a recipe's
// top-level `export`s become locals created after the environment is set.

/** Stand-in for the app's own session check that both recipes import from './auth'. */
async function isAdmin(request: Request): Promise<boolean> {
  return request.headers.get('cookie') === 'session=admin';
}

/**
 * Express is not a dependency of this repository. This is the part of `express()` the recipe uses:
 * `use` runs middleware in order with (req, res, next); a request nothing answers gets Express's 404.
 */
function express() {
  const stack: NodeRequestHandler[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const run = (index: number, error?: unknown): void => {
      const middleware = stack[index];
      if (error !== undefined || !middleware) {
        res.statusCode = error === undefined ? 404 : 500;
        res.end(error === undefined ? `Cannot ${req.method} ${req.url}` : 'Internal Server Error');
        return;
      }
      middleware(req, res, (nextError) => run(index + 1, nextError));
    };
    run(0);
  });
  return {
    use: (middleware: NodeRequestHandler) => void stack.push(middleware),
    listen: (port: number) => server.listen(port, '127.0.0.1'),
    server,
  };
}

let hanko: FakeUpstream;
const synodicRequests: Request[] = [];
const log = createResponseLog();

beforeAll(async () => {
  hanko = await startFakeUpstream();
});

beforeEach(() => {
  letLoopbackThrough();
  // The Next.js recipe leaves Synodic's base URL at its default, https://api.synodic.ai/v0: msw stands in for it.
  mswServer.use(
    http.get('https://api.synodic.ai/v0/:user', ({ request }) => {
      synodicRequests.push(request);
      return HttpResponse.json({ created_at: 1700000000, repositories: [] });
    }),
  );
  vi.stubEnv('HANKO_ADMIN_URL', `${hanko.origin}/admin`);
  vi.stubEnv('HANKO_ADMIN_API_KEY', HANKO_KEY);
  vi.stubEnv('SYNODIC_API_KEY', SYNODIC_KEY);
  hanko.requests.length = 0;
  synodicRequests.length = 0;
  hanko.reply = { status: 200, headers: { 'content-type': 'application/json' }, body: '{"public_metadata":{"a":1}}' };
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await hanko.close();
  expect(log.count).toBeGreaterThan(3);
  expect(log.text()).not.toContain(HANKO_KEY);
  expect(log.text()).not.toContain(SYNODIC_KEY);
});

describe('README recipe: Next.js App Router', () => {
  function loadRoute() {
    // lib/userMetadataHandler.ts
    const userMetadataHandler = createUserMetadataHandler({
      hanko: { baseUrl: process.env.HANKO_ADMIN_URL ?? '', apiKey: process.env.HANKO_ADMIN_API_KEY ?? '' },
      synodic: { apiKey: process.env.SYNODIC_API_KEY ?? '' },
      authorize: (request) => isAdmin(request),
    });
    // app/api/hanko/[...path]/route.ts and app/api/synodic/[user]/route.ts
    return { GET: userMetadataHandler };
  }

  /** What Next.js does with a route handler: call the exported GET with the request (and a context). */
  async function callAsNext(url: string, cookie: string): Promise<Response> {
    const { GET } = loadRoute();
    const response = await GET(new Request(url, { headers: { cookie } }));
    await log.record(response.clone());
    return response;
  }

  it('serves /api/hanko/users/{id}/metadata to an admin, with the key added upstream', async () => {
    const response = await callAsNext(`http://localhost:3000/api/hanko/users/${USER_ID}/metadata`, 'session=admin');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('{"public_metadata":{"a":1}}');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(hanko.requests[0]?.headers.authorization).toBe(`Bearer ${HANKO_KEY}`);
    expect(hanko.requests[0]?.headers.cookie).toBeUndefined();
  });

  it('serves /api/synodic/{user} from api.synodic.ai with the Synodic key', async () => {
    const response = await callAsNext('http://localhost:3000/api/synodic/alice', 'session=admin');
    expect(response.status).toBe(200);
    expect(synodicRequests).toHaveLength(1);
    expect(synodicRequests[0]?.headers.get('x-api-key')).toBe(SYNODIC_KEY);
    expect(synodicRequests[0]?.headers.get('cookie')).toBeNull();
  });

  it('refuses a caller that isAdmin rejects', async () => {
    const response = await callAsNext(`http://localhost:3000/api/hanko/users/${USER_ID}/metadata`, 'session=user');
    expect(response.status).toBe(403);
    expect(hanko.requests).toHaveLength(0);
  });

  it('fails at start, not on the first request, when the key is missing', () => {
    vi.stubEnv('HANKO_ADMIN_API_KEY', undefined);
    expect(loadRoute).toThrow(/hanko.apiKey must be a non-empty string/);
  });
});

describe('README recipe: Express', () => {
  let origin = '';
  let close: () => Promise<void> = async () => undefined;

  beforeAll(async () => {
    vi.stubEnv('HANKO_ADMIN_URL', `${hanko.origin}/admin`);
    vi.stubEnv('HANKO_ADMIN_API_KEY', HANKO_KEY);
    const app = express();
    app.use(
      toNodeHandler(
        createUserMetadataHandler({
          hanko: { baseUrl: process.env.HANKO_ADMIN_URL ?? '', apiKey: process.env.HANKO_ADMIN_API_KEY ?? '' },
          authorize: (request) => isAdmin(request),
        }),
      ),
    );
    app.listen(0);
    await new Promise((resolve) => app.server.once('listening', resolve));
    origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    close = () => new Promise((resolve) => app.server.close(() => resolve()));
  });

  afterAll(() => close());

  it('serves the metadata route to an admin', async () => {
    const response = await log.fetch(`${origin}/api/hanko/users/${USER_ID}/metadata`, {
      headers: { cookie: 'session=admin' },
    });
    expect(response.status).toBe(200);
    expect(response.body).toBe('{"public_metadata":{"a":1}}');
    expect(hanko.requests[0]?.headers.authorization).toBe(`Bearer ${HANKO_KEY}`);
  });

  it('refuses a non-admin with 403 JSON', async () => {
    const response = await log.fetch(`${origin}/api/hanko/users/${USER_ID}/metadata`);
    expect(response.status).toBe(403);
    expect(JSON.parse(response.body)).toEqual({ code: 403, message: 'forbidden' });
  });

  it("leaves other paths to the rest of the app (Express's own 404 here)", async () => {
    const response = await log.fetch(`${origin}/about`);
    expect(response.status).toBe(404);
    expect(response.body).toBe('Cannot GET /about');
  });

  it('answers Synodic routes with 404 when only Hanko is configured', async () => {
    const response = await log.fetch(`${origin}/api/synodic/alice`, { headers: { cookie: 'session=admin' } });
    expect(response.status).toBe(404);
    expect(synodicRequests).toHaveLength(0);
  });
});
