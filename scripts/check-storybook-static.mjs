// Serves storybook-static/ from a plain static file server on loopback (no Storybook code involved)
// and runs .storybook/checkStaticBuild.mjs against it: proof that the static build, MSW worker
// included, works from any static host. Run `npm run build-storybook` first.
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const root = join(import.meta.dirname, '..', 'storybook-static');
if (!existsSync(join(root, 'index.html'))) {
  console.error('storybook-static/ is missing: run `npm run build-storybook` first.');
  process.exit(1);
}
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  let file = normalize(join(root, path));
  if (!file.startsWith(root + sep) && file !== root) {
    res.writeHead(403).end();
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    res.writeHead(404).end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const child = spawn(
    process.execPath,
    [join(import.meta.dirname, '..', '.storybook', 'checkStaticBuild.mjs'), `http://127.0.0.1:${port}/`],
    {
      stdio: 'inherit',
    },
  );
  child.on('exit', (code) => {
    server.close();
    process.exit(code ?? 1);
  });
});
