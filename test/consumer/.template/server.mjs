// The app's production server: serves the built client (with the server-rendered page) and mounts
// react-user-metadata/server's proxy on /api with toNodeHandler. Upstream APIs are mocked by msw/node.
// Listens on 127.0.0.1 on a free port and prints `listening <url>`.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { toNodeHandler } from 'react-user-metadata/server';
import { proxy, upstream } from './dist-server/entry-server.js';

// `dist` (production build) unless APP_DIST names another build, e.g. `dist-dev`.
const root = join(import.meta.dirname, process.env.APP_DIST ?? 'dist');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.map': 'application/json',
};

function serveStatic(request, response) {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
  const file = normalize(join(root, path === '/' ? 'index.html' : path));
  if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
}

// msw 2 reads onUnhandledRequest, msw 3 onUnhandledFrame.
upstream.listen({ onUnhandledRequest: 'error', onUnhandledFrame: 'error' });
const api = toNodeHandler(proxy);
const server = createServer((request, response) => api(request, response, () => serveStatic(request, response)));
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  console.log(`listening http://127.0.0.1:${port}/`);
});
const stop = () => server.close(() => upstream.close());
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
