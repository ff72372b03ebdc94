#!/usr/bin/env node
// Where the library's bytes are in a Next.js page's First Load JS, module by module: builds the example
// that `npm run test:nextjs` installed (test/nextjs/.work/app) once more with browser source maps (and once
// with the library stubbed, for what it adds), loads each page against the upstream stand-ins, and adds up,
// for every chunk the page loads, the minified bytes each source module produced. Compare with
// `node scripts/size-breakdown.mjs --modules` (esbuild).
//
//   npm run test:nextjs && node scripts/first-load-sources.mjs [--webpack] [--all] [--without admin/users ...]
//
// `--without` sets a route folder of the example's app/ aside for both builds: what the other pages cost.
// Lists the chunks that hold the library's code (each gzipped on its own), then the library's modules and its
// dependencies (valibot, lossless-json); `--all` lists every source.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { decodedMappings, FlattenMap } from '@jridgewell/trace-mapping';
import { HANKO_KEY, SESSION_TOKEN, startFakeUpstreams, SYNODIC_KEY, USER_ID } from '../test/nextjs/fakeUpstreams.mjs';
import { chunkUrls } from '../test/nextjs/firstLoadJs.mjs';
import { startNext } from '../test/nextjs/nextServer.mjs';

const root = join(import.meta.dirname, '..');
const dir = join(root, 'test', 'nextjs', '.work', 'app');
const { values: options } = parseArgs({
  options: { webpack: { type: 'boolean' }, all: { type: 'boolean' }, without: { type: 'string', multiple: true, default: [] } },
});
const bundler = options.webpack ? 'webpack' : 'turbopack';
const distDir = `.next-sources-${bundler}`;
const stubDistDir = `${distDir}-stub`;
const cookie = `admin_session=${SESSION_TOKEN}`;
const PAGES = { '/admin': `/admin?user=${USER_ID}`, '/admin/plan': '/admin/plan' };
const LIBRARY = /react-user-metadata|valibot|lossless-json/;

/**
 * Minified bytes per source of one generated file: each mapped segment runs to the next one on its
 * line, or to the line's end. FlattenMap reads plain and index maps (`sections`, as Turbopack writes them).
 */
function bytesBySource(code, map, totals) {
  const lines = code.split('\n');
  const traced = new FlattenMap(map);
  decodedMappings(traced).forEach((segments, lineIndex) => {
    segments.forEach((segment, position) => {
      if (segment.length === 1) return;
      const end = segments[position + 1]?.[0] ?? lines[lineIndex]?.length ?? segment[0];
      const name = traced.sources[segment[1]].replace(/^.*node_modules\//, '');
      totals.set(name, (totals.get(name) ?? 0) + end - segment[0]);
    });
  });
}

/** Builds the example into `distDir` with browser source maps, the library stubbed if `stubbed`; throws if the build fails. */
function nextBuild(distDir, { stubbed }) {
  const build = spawnSync(
    process.execPath,
    [join(dir, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build', ...(options.webpack ? ['--webpack'] : [])],
    {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        MEASURE_DIST_DIR: distDir,
        MEASURE_SOURCE_MAPS: '1',
        ...(stubbed ? { MEASURE_LIBRARY_STUB: '1' } : {}),
        HANKO_ADMIN_API_KEY: HANKO_KEY,
        SYNODIC_API_KEY: SYNODIC_KEY,
      },
    },
  );
  if (build.status !== 0) throw new Error(`next build failed (run npm run test:nextjs first):\n${build.stdout}${build.stderr}`);
}

/**
 * The chunks a page loads first, each with its text and gzipped size as a build without source maps serves it
 * (without the comment that names its map); `undefined` when the page is not in this build.
 */
async function pageChunks(origin, build, path) {
  const url = origin + path;
  const response = await fetch(url, { headers: { cookie }, redirect: 'manual' });
  if (response.status !== 200) return undefined;
  return chunkUrls(await response.text(), url).map((chunk) => {
    const file = join(dir, build, 'static', new URL(chunk).pathname.replace(/^\/_next\/static\//, ''));
    const code = readFileSync(file, 'utf8');
    const gzipBytes = gzipSync(code.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, ''), { level: 9 }).length;
    return { file, code, gzipBytes };
  });
}

const sumGzip = (chunks) => chunks.reduce((total, chunk) => total + chunk.gzipBytes, 0);

/** Each page's First Load JS gzipped, from the stubbed build: what the library adds is measured against it. */
async function stubbedFigures(upstreams) {
  const server = await startNext(dir, { env: { ...upstreams.env, MEASURE_DIST_DIR: stubDistDir } });
  const figures = {};
  try {
    for (const [page, path] of Object.entries(PAGES)) {
      const chunks = await pageChunks(server.origin, stubDistDir, path);
      if (chunks) figures[page] = sumGzip(chunks);
    }
  } finally {
    await server.stop();
  }
  return figures;
}

// Route folders set aside for these builds (`--without admin/users`): what the other pages cost a page's figure.
const aside = options.without.map((route) => [join(dir, 'app', route), join(dir, `.aside-${route.replaceAll('/', '_')}`)]);
const upstreams = await startFakeUpstreams();
let server;
try {
  for (const [route, away] of aside) renameSync(route, away);
  nextBuild(distDir, { stubbed: false });
  nextBuild(stubDistDir, { stubbed: true });
  const stubbed = await stubbedFigures(upstreams);
  server = await startNext(dir, { env: { ...upstreams.env, MEASURE_DIST_DIR: distDir } });
  for (const [page, path] of Object.entries(PAGES)) {
    if (stubbed[page] === undefined) continue;
    const totals = new Map();
    const chunks = [];
    for (const { file, code, gzipBytes } of await pageChunks(server.origin, distDir, path)) {
      const mapName = code.match(/sourceMappingURL=(\S+)/)?.[1];
      const mapFile = mapName && join(file, '..', mapName);
      const own = new Map();
      if (mapFile && existsSync(mapFile)) bytesBySource(code, JSON.parse(readFileSync(mapFile, 'utf8')), own);
      for (const [name, bytes] of own) totals.set(name, (totals.get(name) ?? 0) + bytes);
      const library = [...own].filter(([name]) => LIBRARY.test(name));
      chunks.push({ name: basename(file), code, gzipBytes, library });
    }
    const added = sumGzip(chunks) - stubbed[page];
    console.log(`\n${bundler} ${page}: the library adds ${(added / 1000).toFixed(2)} kB gz to First Load JS`);
    // Which chunks hold the library: each is gzipped on its own, so code split over more chunks compresses less.
    console.log('chunks with the library\'s code:');
    for (const { name, code, gzipBytes, library } of chunks.filter((chunk) => chunk.library.length > 0)) {
      const libraryBytes = library.reduce((total, [, bytes]) => total + bytes, 0);
      console.log(`  ${name.padEnd(28)} ${String(code.length).padStart(7)} B min ${String(gzipBytes).padStart(6)} B gz, ${libraryBytes} B min of it from ${library.length} library modules`);
    }
    const listed = [...totals].filter(([name]) => options.all || LIBRARY.test(name)).sort((a, b) => b[1] - a[1]);
    const sum = listed.reduce((total, [, bytes]) => total + bytes, 0);
    console.log(`${listed.length} modules, ${(sum / 1000).toFixed(2)} kB minified:`);
    for (const [name, bytes] of listed) console.log(`  ${name.padEnd(72)} ${String(bytes).padStart(6)} B`);
  }
} finally {
  await server?.stop();
  await upstreams.close();
  for (const [route, away] of aside) if (existsSync(away)) renameSync(away, route);
  for (const folder of [distDir, stubDistDir]) rmSync(join(dir, folder), { recursive: true, force: true });
}
