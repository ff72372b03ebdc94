#!/usr/bin/env node
// The Next.js example (examples/nextjs) as a user gets it: installs the packed library into a copy
// with its pinned dependencies from the npm registry, builds it with Turbopack without any secret in
// the environment, runs `next start` against local stand-ins for Synodic and Hanko, checks the server
// over HTTP under Node 20 and Node 22 and the pages in Chromium, then measures what the library adds to
// First Load JS under Turbopack and webpack against the same pages with the library stubbed, and fails
// above the budgets.
//
//   node test/nextjs/run.mjs [--no-build] [--tarball file.tgz] [--no-bundle]
//
// Prints PASS/FAIL per step; exits 1 on any failure.
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { installNode } from '../../scripts/nodeBinary.mjs';
import { command, createReport, npm, packLibrary, root, seconds } from '../checkSteps.mjs';
import { checkInBrowser } from './browserCheck.mjs';
import { checkEditorInBrowser } from './editorCheck.mjs';
import { HANKO_KEY, SESSION_TOKEN, startFakeUpstreams, SYNODIC_KEY, USER_ID } from './fakeUpstreams.mjs';
import { measureFirstLoadJs } from './firstLoadJs.mjs';
import { measureConfigSource } from './measureConfig.mjs';
import { startNext } from './nextServer.mjs';
import { checkServer } from './serverChecks.mjs';

const here = import.meta.dirname;
const workRoot = join(here, '.work');
const dir = join(workRoot, 'app');
const NODE_22 = '22.23.5';
/**
 * What the library may add to a page's First Load JS, gzipped, under either bundler. The three-component
 * page's target is 16 kB; it measured 17.81 kB (Turbopack) and about 16.9 kB (webpack) once the clients
 * loaded how answers read with their first request. The editor page beside it (with the export-from
 * entries) adds 0.92 kB under Turbopack: no editing code (a step below checks that), but the modules both
 * pages use sit in chunks of their own, which the bundlers no longer merge into /admin's. Measured with
 * it: /admin 18.73 kB (Turbopack) and 18.23 kB (webpack), /admin/plan 4.15 and 3.86 kB, the editor page
 * 27.77 and 26.76 kB (with the conflict's diff in slices).
 * Each gate sits just above its figure: any further growth fails. Where the bytes go:
 * scripts/size-breakdown.mjs.
 */
// The diff in the editor's tree (only-changes filter, removed rows, focus on a change or an issue) took /admin to
// 18.94 kB (Turbopack; +0.21, the tree state's filter and reveal) and 18.41 kB (webpack), the editor page to
// 29.71 and 28.65 kB (+1.94 and +1.89).
// Rebuilt from a clean checkout of that same commit, Turbopack's /admin measured 19.02 kB (a checkout in another
// directory: chunk bytes vary by ~0.1 kB between builds), and 19.03 kB after the editor's polish and its on-demand
// number parser, which took the editor page to 28.29 kB (Turbopack) and 27.19 kB (webpack).
// exactJson split in three modules (Turbopack keeps every export of a module that any page uses: /admin carried the
// editor's jsonEqual and stringifyExactJson) took /admin from 19.03 to 18.77 kB (Turbopack) and 18.25 kB (webpack).
// The tree's search loaded on first use then took it to 18.89 kB under Turbopack (its loader is a chunk of its own)
// and 18.17 kB under webpack; the editor page measured 29.09 and 27.98 kB with the editor's work up to 1b054ac, and
// 26.17 and 24.97 kB once its editing parts load on demand (497b9f9), which left /admin at 18.94 and 18.18 kB.
// Taking the on-demand search back left /admin at 18.84 / 18.29 kB and the editor page at 26.25 / 25.07 kB: the
// gates sit 0.1 kB over Turbopack's figures, the variation between two builds of one commit.
// With the example's other pages set aside (scripts/first-load-sources.mjs --without admin/users --without admin/plan),
// Turbopack's /admin is 16.91 kB (esbuild 16.72), 17.50 kB with the plan page back: the rest is the chunks pages share.
// dist's files one per group of modules an app always loads together (vite.config.ts), instead of one per module,
// took /admin from 18.84 to 18.34 kB (Turbopack) and from 18.29 to 17.82 kB (webpack), /admin/plan from 4.15 / 3.90
// to 4.14 / 3.84 kB, the editor page from 26.28 / 25.09 to 25.61 / 24.55 kB (the same example back to back, b4b8e87).
// With the tree's copies written by core's stringifyExactJson (bb90dfb, one file per module): /admin 18.97 / 18.42 kB,
// /admin/plan 4.18 / 3.97 kB, the editor page 26.27 / 25.15 kB; grouped (2851352): 18.43 / 17.97, 4.17 / 3.91 and
// 25.58 / 24.66 kB.
const BUDGETS = { '/admin': 18_550, '/admin/plan': 4_200, '/admin/users/[id]/edit': 25_700 };
const PAGES = {
  '/admin': `/admin?user=${USER_ID}`,
  '/admin/plan': '/admin/plan',
  '/admin/users/[id]/edit': `/admin/users/${USER_ID}/edit`,
};

const { values: options } = parseArgs({
  options: {
    build: { type: 'boolean', default: true },
    tarball: { type: 'string' },
    bundle: { type: 'boolean', default: true },
  },
  allowNegative: true,
});

const started = performance.now();
const { step, summary } = createReport();
const label = 'nextjs';
const nextBin = join(dir, 'node_modules', 'next', 'dist', 'bin', 'next');
/** The environment of a build: none of the app's secrets, as on a build machine without them. */
const withoutSecrets = Object.fromEntries(
  Object.entries(process.env).filter(
    ([name]) => !/^(HANKO_|SYNODIC_|ADMIN_SESSION_TOKEN$|MEASURE_)/.test(name) && name !== 'NODE_ENV',
  ),
);

/** A step made of several checks: PASS when all pass, with one line per check. */
function checks(body) {
  return async () => {
    const lines = [];
    let failures = 0;
    const check = (ok, name, detail = '') => {
      lines.push(`${ok ? 'PASS' : 'FAIL'} ${name}${!ok && detail ? `: ${String(detail).slice(0, 400)}` : ''}`);
      if (!ok) failures += 1;
    };
    try {
      await body(check);
    } catch (error) {
      check(false, 'threw', error instanceof Error ? (error.stack ?? error.message) : String(error));
    }
    return { ok: failures === 0, detail: lines.join('\n'), show: true };
  };
}

/** Every file under `folder` that contains one of the keys. */
function filesWithKeys(folder) {
  const found = [];
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const text = readFileSync(file, 'latin1');
    if (text.includes(HANKO_KEY) || text.includes(SYNODIC_KEY)) found.push(relative(dir, file));
  }
  return found;
}

const noKeyIn = (distDir) => async () => {
  const found = filesWithKeys(join(dir, distDir, 'static'));
  return { ok: found.length === 0, detail: `keys found in ${found.join(', ')}` };
};

/** Runs `body(server, upstreams)` against `next start` (Node `node`) with fresh upstream stand-ins. */
async function withServer({ node, distDir }, body) {
  const upstreams = await startFakeUpstreams();
  let server;
  try {
    server = await startNext(dir, { node, env: { ...upstreams.env, ...(distDir ? { MEASURE_DIST_DIR: distDir } : {}) } });
    return await body(server, upstreams);
  } finally {
    await server?.stop();
    await upstreams.close();
  }
}

const steps = [
  [
    'copy the example and point it at the tarball',
    async () => {
      rmSync(dir, { recursive: true, force: true });
      const example = join(root, 'examples', 'nextjs');
      cpSync(example, dir, {
        recursive: true,
        filter: (source) => !/^(node_modules|\.next.*|next-env\.d\.ts)([/\\]|$)/.test(relative(example, source)),
      });
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      manifest.dependencies['react-user-metadata'] = `file:${relative(dir, tarball).split('\\').join('/')}`;
      writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
      return { ok: true };
    },
  ],
  ['npm install (tarball + registry)', command(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline'], dir)],
  [
    'next build (Turbopack, type-checked, no secret in the environment)',
    () => command(process.execPath, [nextBin, 'build'], dir)(),
  ],
  ['no API key in .next/static', noKeyIn('.next')],
  [
    `server checks on Node ${process.versions.node}`,
    checks((check) => withServer({ node: process.execPath }, ({ origin }, upstreams) => checkServer(origin, upstreams, check))),
  ],
  [
    'Chromium: sign-in, hydration, Retry, proxy refusal, no key',
    checks((check) =>
      withServer({ node: process.execPath }, ({ origin }, upstreams) => checkInBrowser({ origin, upstreams, check })),
    ),
  ],
  [
    'Chromium: the editor through the proxy (keyboard alone, two admins and a 409, a viewer refused)',
    checks((check) =>
      withServer({ node: process.execPath }, ({ origin }, upstreams) => checkEditorInBrowser({ origin, upstreams, check })),
    ),
  ],
  [
    `server checks on Node ${NODE_22}`,
    checks(async (check) => {
      const { node } = installNode(NODE_22, join(workRoot, `node-${NODE_22}`));
      const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
      check(version === `v${NODE_22}`, `next start runs on Node ${NODE_22}`, version);
      await withServer({ node }, ({ origin }, upstreams) => checkServer(origin, upstreams, check));
    }),
  ],
];

const BUILDS = [
  { bundler: 'webpack', library: 'real', distDir: '.next-webpack' },
  { bundler: 'turbopack', library: 'stubbed', distDir: '.next-turbopack-stub' },
  { bundler: 'webpack', library: 'stubbed', distDir: '.next-webpack-stub' },
];
const measured = {};
/** The JavaScript each page of the real builds loads first, for the check that the editor stays on its page. */
const firstLoadText = {};
/**
 * Strings only editing code holds: the editor's labels, the rebase after a 409 and the size check's message.
 * A save loads the check on demand (prepareMetadataSave), but the editor's budget meters import the limit
 * from the same module (metadataSize), which both bundlers keep whole in the editor page's first load.
 * A page that renders no editor must load none of them; the editor page all of them.
 */
const EDITING_ONLY = ['Patch to send', 'theirChanges', 'the limit is 3,000'];
const EDITOR_PAGE = '/admin/users/[id]/edit';

const bundleSteps = [
  [
    'measurement builds: next.config with stub aliases and a distDir per build',
    async () => {
      renameSync(join(dir, 'next.config.ts'), join(dir, 'next.config.example.ts'));
      writeFileSync(join(dir, 'next.config.ts'), measureConfigSource);
      cpSync(join(here, 'libraryStub'), join(dir, 'library-stub'), { recursive: true });
      return { ok: true };
    },
  ],
  ...BUILDS.map(({ bundler, library, distDir }) => [
    `next build (${bundler}, library ${library}${library === 'real' ? ', secrets in the environment' : ''})`,
    () =>
      command(process.execPath, [nextBin, 'build', ...(bundler === 'webpack' ? ['--webpack'] : [])], dir, {
        MEASURE_DIST_DIR: distDir,
        ...(library === 'stubbed' ? { MEASURE_LIBRARY_STUB: '1' } : {}),
        // A build machine that does have the secrets: none of them may end up in the browser's files.
        ...(library === 'real' ? { HANKO_ADMIN_API_KEY: HANKO_KEY, SYNODIC_API_KEY: SYNODIC_KEY } : {}),
      })(),
  ]),
  ['no API key in .next-webpack/static (built with the secrets set)', noKeyIn('.next-webpack')],
  [
    'First Load JS of each page in each build',
    async () => {
      const lines = [];
      for (const { bundler, library, distDir } of [{ bundler: 'turbopack', library: 'real', distDir: '' }, ...BUILDS]) {
        await withServer({ node: process.execPath, distDir }, async ({ origin }) => {
          for (const [page, path] of Object.entries(PAGES)) {
            const { gzipBytes, files } = await measureFirstLoadJs(`${origin}${path}`, { cookie: `admin_session=${SESSION_TOKEN}` });
            measured[`${bundler} ${library} ${page}`] = gzipBytes;
            if (library === 'real') firstLoadText[`${bundler} ${page}`] = files.map((file) => file.text).join('\n');
            lines.push(`${bundler.padEnd(9)} library ${library.padEnd(7)} ${page.padEnd(22)} ${gzipBytes} B gz`);
          }
        });
      }
      return { ok: true, detail: lines.join('\n'), show: true };
    },
  ],
  [
    `what the library adds to First Load JS, within budget (${Object.entries(BUDGETS)
      .map(([page, bytes]) => `${page} ≤ ${bytes / 1000} kB`)
      .join(', ')})`,
    async () => {
      const lines = [];
      let ok = true;
      for (const bundler of ['turbopack', 'webpack']) {
        for (const [page, budget] of Object.entries(BUDGETS)) {
          const added = measured[`${bundler} real ${page}`] - measured[`${bundler} stubbed ${page}`];
          const within = Number.isFinite(added) && added <= budget;
          ok &&= within;
          lines.push(`${within ? 'PASS' : 'FAIL'} ${bundler.padEnd(9)} ${page.padEnd(22)} +${(added / 1000).toFixed(2)} kB gz (budget ${budget / 1000} kB)`);
        }
      }
      writeFileSync(join(workRoot, 'first-load-js.json'), `${JSON.stringify(measured, null, 2)}\n`);
      return { ok, detail: lines.join('\n'), show: true };
    },
  ],
  [
    'the editor’s code only on the editor page, under both bundlers',
    async () => {
      const lines = [];
      let ok = true;
      for (const bundler of ['turbopack', 'webpack']) {
        for (const page of Object.keys(PAGES)) {
          const text = firstLoadText[`${bundler} ${page}`] ?? '';
          const found = EDITING_ONLY.filter((marker) => text.includes(marker));
          const expected = page === EDITOR_PAGE ? EDITING_ONLY : [];
          const right = text !== '' && found.length === expected.length;
          ok &&= right;
          const what = found.length ? `loads ${found.map((marker) => JSON.stringify(marker)).join(', ')}` : 'loads no editing code';
          lines.push(`${right ? 'PASS' : 'FAIL'} ${bundler.padEnd(9)} ${page.padEnd(22)} ${what}`);
        }
      }
      return { ok, detail: lines.join('\n'), show: true };
    },
  ],
];

const tarball = await packLibrary(step, { into: workRoot, build: options.build, tarball: options.tarball });
let ok = Boolean(tarball);
if (tarball) {
  // The build and server steps run without the caller's secrets; each server gets the stand-ins' ones.
  process.env = withoutSecrets;
  const all = options.bundle ? [...steps, ...bundleSteps] : steps;
  let blocked = false;
  for (const [name, action] of all) {
    if (blocked) {
      console.log(`SKIP [${label}] ${name}`);
      continue;
    }
    const passed = await step(label, name, action);
    ok &&= passed;
    // Server and browser checks are independent of each other; a failed install or build is not.
    if (!passed && /^(copy|npm install|next build|measurement)/.test(name)) blocked = true;
  }
}
const failed = summary.filter((entry) => !entry.ok);
console.log(`\nNext.js example: ${ok && failed.length === 0 ? 'PASS' : 'FAIL'} (total time ${seconds(started)})`);
if (failed.length > 0) console.log(`FAILED steps:\n${failed.map((entry) => `  - ${entry.name}`).join('\n')}`);
process.exitCode = ok && failed.length === 0 ? 0 : 1;
