import {
  createServer,
  type IncomingHttpHeaders,
  type RequestListener,
  type Server,
  type ServerResponse,
} from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';
import { http, passthrough } from 'msw';
import { server as mswServer } from '../mswServer';

export const HANKO_KEY = 'hk_live_TEST-SECRET-1c9e7a52f0';
export const SYNODIC_KEY = 'syn_live_TEST-SECRET-84d2b6e1';
export const USER_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

/**
 * test/setup.ts runs a global msw server with onUnhandledRequest 'error', and msw patches the global
 * fetch of this process: both the test's calls to the proxy and the proxy's calls to the fake
 * upstreams would be flagged. These tests are about real sockets, so loopback traffic passes through.
 * Call in beforeEach: setup.ts resets msw handlers after every test.
 */
export function letLoopbackThrough(): void {
  mswServer.use(http.all(/^http:\/\/127\.0\.0\.1:\d+\//, () => passthrough()));
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return (server.address() as AddressInfo).port;
}

async function close(server: Server): Promise<void> {
  // Hanging upstream sockets would otherwise keep close() waiting forever.
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

export interface RunningServer {
  origin: string;
  port: number;
  close(): Promise<void>;
}

/** Runs a Node request listener on 127.0.0.1 at a free port. */
export async function startServer(listener: RequestListener): Promise<RunningServer> {
  const server = createServer(listener);
  const port = await listen(server);
  return { origin: `http://127.0.0.1:${port}`, port, close: () => close(server) };
}

export interface RecordedRequest {
  method: string;
  /** Path and query exactly as they arrived on the socket. */
  url: string;
  headers: IncomingHttpHeaders;
  /** The request body as text ('' for none). */
  body: string;
}

/** How a fake upstream answers: a canned response, or a function that writes (or never finishes) one. */
export type UpstreamReply =
  | { status: number; headers?: Record<string, string | string[]>; body?: string | Buffer }
  | ((response: ServerResponse, request: RecordedRequest) => void);

export interface FakeUpstream extends RunningServer {
  /** Every request that reached this server, in order. */
  readonly requests: RecordedRequest[];
  /** What the next requests get; tests replace it. */
  reply: UpstreamReply;
}

/** A stand-in for Hanko's admin API or Synodic that records everything it receives. */
export async function startFakeUpstream(): Promise<FakeUpstream> {
  const requests: RecordedRequest[] = [];
  const upstream: FakeUpstream = {
    origin: '',
    port: 0,
    requests,
    reply: { status: 500, body: 'no reply set' },
    close: async () => undefined,
  };
  const running = await startServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const recorded = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
    requests.push(recorded);
    const reply = upstream.reply;
    if (typeof reply === 'function') {
      reply(res, recorded);
      return;
    }
    res.writeHead(reply.status, reply.headers);
    res.end(reply.body);
  });
  return Object.assign(upstream, running);
}

/** A loopback port with nothing listening on it: connections are refused. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  const port = await listen(server);
  await close(server);
  return port;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Everything the server sent, status line and headers included. */
  raw: string;
}

export interface RawRequestOptions {
  method?: string;
  /** Extra header lines; a `Host` here replaces the default one. */
  headers?: Record<string, string>;
  /** Receives the socket, so a test can hang up early. */
  onSocket?: (socket: Socket) => void;
}

/**
 * Sends one HTTP/1.1 request over a plain socket, with the request target written byte for byte.
 * fetch would resolve `..` and `%2e%2e` and turn `\` into `/` before sending; an attacker's client does not.
 */
export function rawRequest(
  port: number,
  target: string,
  { method = 'GET', headers = {}, onSocket }: RawRequestOptions = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    onSocket?.(socket);
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      if (chunks.length === 0) reject(new Error('connection closed without a response'));
    });
    socket.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const split = raw.indexOf('\r\n\r\n');
      const [statusLine = '', ...headerLines] = raw.slice(0, split).split('\r\n');
      const parsedHeaders: Record<string, string> = {};
      for (const line of headerLines) {
        const colon = line.indexOf(':');
        parsedHeaders[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      let body = raw.slice(split + 4);
      if (parsedHeaders['transfer-encoding'] === 'chunked') body = decodeChunked(body);
      resolve({ status: Number(statusLine.split(' ')[1]), headers: parsedHeaders, body, raw });
    });
    const lines = [`${method} ${target} HTTP/1.1`, 'Connection: close'];
    if (!Object.keys(headers).some((name) => name.toLowerCase() === 'host')) lines.push(`Host: 127.0.0.1:${port}`);
    for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
    // write, not end: Node's server treats a half-closed socket as a caller that hung up.
    socket.write(`${lines.join('\r\n')}\r\n\r\n`);
  });
}

/** An `onSocket` for rawRequest that destroys the socket as soon as `condition()` holds (checked every 10 ms). */
export function hangUpWhen(condition: () => boolean): (socket: Socket) => void {
  return (socket) => {
    const timer = setInterval(() => {
      if (condition()) {
        clearInterval(timer);
        socket.destroy();
      }
    }, 10);
  };
}

function decodeChunked(text: string): string {
  let rest = text;
  let out = '';
  for (;;) {
    const lineEnd = rest.indexOf('\r\n');
    const size = Number.parseInt(rest.slice(0, lineEnd), 16);
    if (!size) return out;
    out += rest.slice(lineEnd + 2, lineEnd + 2 + size);
    rest = rest.slice(lineEnd + 2 + size + 2);
  }
}

export interface SeenResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Collects every response a test file received, so one afterAll check can prove that no API key
 * ever reached a caller, in any body or header, whatever the test was about.
 */
export function createResponseLog() {
  const seen: string[] = [];
  return {
    /** fetch, recording the full response; returns it already read. */
    async fetch(url: string, init?: RequestInit): Promise<SeenResponse> {
      const response = await fetch(url, init);
      const result: SeenResponse = {
        status: response.status,
        headers: Object.fromEntries(response.headers),
        body: await response.text(),
      };
      seen.push(JSON.stringify(result));
      return result;
    },
    /** rawRequest, recording the full response. */
    async raw(...args: Parameters<typeof rawRequest>): Promise<RawResponse> {
      const result = await rawRequest(...args);
      seen.push(result.raw);
      return result;
    },
    /** Records a Response obtained some other way (a handler called directly); pass a clone. */
    async record(response: Response): Promise<void> {
      seen.push(`${response.status} ${JSON.stringify(Object.fromEntries(response.headers))} ${await response.text()}`);
    },
    /** A fetch for the library's clients that records each response before handing it on. */
    recordingFetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await fetch(input, init);
      seen.push(
        `${response.status} ${JSON.stringify(Object.fromEntries(response.headers))} ${await response.clone().text()}`,
      );
      return response;
    }) as typeof globalThis.fetch,
    /** Number of responses recorded, so the leak check cannot pass by having seen nothing. */
    get count(): number {
      return seen.length;
    },
    text(): string {
      return seen.join('\n');
    },
  };
}
