#!/usr/bin/env node
// Where the library's bytes are in a Next.js page's First Load JS, module by module: builds the example
// that `npm run test:nextjs` installed (test/nextjs/.work/app) once more with browser source maps, loads
// each page against the upstream stand-ins, and adds up, for every chunk the page loads, the minified bytes
// each source module produced. Compare with `node scripts/size-breakdown.mjs --modules` (esbuild).
//
//   npm run test:nextjs && node scripts/first-load-sources.mjs [--webpack] [--all]
//
// Lists the library's modules and its dependencies (valibot, lossless-json); `--all` lists every source.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { HANKO_KEY, SESSION_TOKEN, startFakeUpstreams, SYNODIC_KEY, USER_ID } from '../test/nextjs/fakeUpstreams.mjs';
import { chunkUrls } from '../test/nextjs/firstLoadJs.mjs';
import { startNext } from '../test/nextjs/nextServer.mjs';

const root = join(import.meta.dirname, '..');
const dir = join(root, 'test', 'nextjs', '.work', 'app');
const { values: options } = parseArgs({ options: { webpack: { type: 'boolean' }, all: { type: 'boolean' } } });
const bundler = options.webpack ? 'webpack' : 'turbopack';
const distDir = `.next-sources-${bundler}`;
const PAGES = { '/admin': `/admin?user=${USER_ID}`, '/admin/plan': '/admin/plan' };
const LIBRARY = /react-user-metadata|valibot|lossless-json/;

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The fields of one source-map segment (base64 VLQ, as the Source Map spec writes them). */
function decodeSegment(segment) {
  const fields = [];
  let value = 0;
  let shift = 0;
  for (const character of segment) {
    const digit = BASE64.indexOf(character);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return fields;
}

/**
 * Minified bytes per source of one generated file: each mapped segment runs to the next one on its
 * line, or to the line's end. Index maps (`sections`) are read section by section.
 */
function bytesBySource(code, map, totals) {
  const lines = code.split('\n');
  for (const { offset = { line: 0, column: 0 }, map: section = map } of map.sections ?? [{}]) {
    let source = 0;
    section.mappings.split(';').forEach((line, index) => {
      const lineIndex = offset.line + index;
      let column = index === 0 ? offset.column : 0;
      const segments = line ? line.split(',').map(decodeSegment) : [];
      const starts = [];
      for (const fields of segments) {
        column += fields[0];
        if (fields.length > 1) source += fields[1];
        starts.push({ column, source: fields.length > 1 ? source : -1 });
      }
      starts.forEach((start, position) => {
        const end = starts[position + 1]?.column ?? lines[lineIndex]?.length ?? start.column;
        if (start.source < 0) return;
        const name = section.sources[start.source].replace(/^.*node_modules\//, '');
        totals.set(name, (totals.get(name) ?? 0) + end - start.column);
      });
    });
  }
}

const build = spawnSync(
  process.execPath,
  [join(dir, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build', ...(options.webpack ? ['--webpack'] : [])],
  {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, MEASURE_DIST_DIR: distDir, MEASURE_SOURCE_MAPS: '1', HANKO_ADMIN_API_KEY: HANKO_KEY, SYNODIC_API_KEY: SYNODIC_KEY },
  },
);
if (build.status !== 0) {
  console.error(`next build failed (run npm run test:nextjs first):\n${build.stdout}${build.stderr}`);
  process.exit(1);
}

const upstreams = await startFakeUpstreams();
const server = await startNext(dir, { env: { ...upstreams.env, MEASURE_DIST_DIR: distDir } });
try {
  for (const [page, path] of Object.entries(PAGES)) {
    const url = server.origin + path;
    const html = await (await fetch(url, { headers: { cookie: `admin_session=${SESSION_TOKEN}` } })).text();
    const totals = new Map();
    for (const chunk of chunkUrls(html, url)) {
      const file = join(dir, distDir, 'static', new URL(chunk).pathname.replace(/^\/_next\/static\//, ''));
      const code = readFileSync(file, 'utf8');
      const mapName = code.match(/sourceMappingURL=(\S+)/)?.[1];
      const mapFile = mapName && join(file, '..', mapName);
      if (mapFile && existsSync(mapFile)) bytesBySource(code, JSON.parse(readFileSync(mapFile, 'utf8')), totals);
    }
    const listed = [...totals].filter(([name]) => options.all || LIBRARY.test(name)).sort((a, b) => b[1] - a[1]);
    const sum = listed.reduce((total, [, bytes]) => total + bytes, 0);
    console.log(`\n${bundler} ${page}: ${listed.length} modules, ${(sum / 1000).toFixed(2)} kB minified`);
    for (const [name, bytes] of listed) console.log(`  ${name.padEnd(72)} ${String(bytes).padStart(6)} B`);
  }
} finally {
  await server.stop();
  await upstreams.close();
  rmSync(join(dir, distDir), { recursive: true, force: true });
}
