#!/usr/bin/env node
// Consumer smoke test: proves a fresh app can install and use the packed library, with React 18 and 19.
//
//   node test/consumer/run.mjs [--variants 18,19,msw3] [--no-build] [--tarball path.tgz]
//
// Builds and packs the library, then for each variant (React 18, React 19, and React 19 with msw 3 on
// Node 22) copies template/ into .work/<variant>/, installs the tarball and the app's pinned
// dependencies from the npm registry, and runs:
// tsc (bundler and NodeNext), vite build (client and SSR), renderToString of the page and each
// component in Node, and Chromium (hydration, Retry, keyboard walk of the inspector tree).
// Prints PASS/FAIL per step and per React version; exits 1 on any failure.
import { cpSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { installNode, pathWith } from '../../scripts/nodeBinary.mjs';
import { appBin, command, createReport, npm, packLibrary, root, run, seconds } from '../checkSteps.mjs';
import { checkInBrowser } from './browserCheck.mjs';

const here = import.meta.dirname;
const template = join(here, '.template');
const workRoot = join(here, '.work');

const REACT_19 = { react: '19.3.1', 'react-dom': '19.3.1', '@types/react': '19.3.0', '@types/react-dom': '19.3.0' };

/**
 * What the peer ranges promise: React `^18 || ^19`, and msw `^2.15 || ^3` (the template pins 2.15.0).
 * msw 3 needs Node 22, so that variant runs every step, npm install included, under Node 22 from the
 * npm registry. Everything else is pinned in template/package.json.
 */
const VARIANTS = {
  18: {
    label: 'react 18',
    pins: { react: '18.3.1', 'react-dom': '18.3.1', '@types/react': '18.3.31', '@types/react-dom': '18.3.7' },
  },
  19: { label: 'react 19', pins: REACT_19 },
  msw3: { label: 'msw 3, node 22', pins: { ...REACT_19, msw: '3.0.5' }, node: '22.23.5' },
};

const { values: options } = parseArgs({
  options: {
    variants: { type: 'string', default: Object.keys(VARIANTS).join(',') },
    build: { type: 'boolean', default: true },
    tarball: { type: 'string' },
  },
  allowNegative: true,
});

const started = performance.now();
const { step, summary } = createReport();
/** Deletions of earlier runs' apps, left to finish in the background while this run installs. */
const cleanups = [];

/** The Node binary a variant runs under, and the environment that puts it first on PATH. */
function nodeFor(variant) {
  if (!variant.node) return { node: process.execPath, env: {} };
  const { node, binDirectory } = installNode(variant.node, join(workRoot, `node-${variant.node}`));
  return { node, env: { PATH: pathWith(binDirectory).PATH } };
}

async function checkVariant(name, tarball) {
  const variant = VARIANTS[name];
  const { label } = variant;
  const dir = join(workRoot, name);
  const since = performance.now();
  let runtime = { node: process.execPath, env: {} };
  // Every command of the variant, npm included, runs under the variant's Node (known once its step ran).
  const inVariant =
    (bin, args, { env = {}, show = false } = {}) =>
    () =>
      command(bin, args, dir, { ...runtime.env, ...env }, show)();
  const steps = [
    [
      `node ${variant.node ?? process.versions.node}`,
      async () => {
        runtime = nodeFor(variant);
        const { code, output } = await run(runtime.node, ['--version'], { env: runtime.env });
        return { ok: code === 0 && output.trim() === `v${variant.node ?? process.versions.node}`, detail: output };
      },
    ],
    [
      'copy the template and pin versions',
      async () => {
        if (existsSync(dir)) {
          const old = `${dir}.old-${process.pid}-${Date.now()}`;
          renameSync(dir, old);
          cleanups.push(rm(old, { recursive: true, force: true }));
        }
        cpSync(template, dir, {
          recursive: true,
          filter: (source) =>
            !/[/\\](node_modules|dist|dist-server|ssr)([/\\]|$)|mockServiceWorker\.js$/.test(
              relative(template, source),
            ),
        });
        const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
        manifest.dependencies['react-user-metadata'] = `file:${relative(dir, tarball).split('\\').join('/')}`;
        for (const [pinName, pinned] of Object.entries(variant.pins)) {
          const field = pinName in manifest.devDependencies ? 'devDependencies' : 'dependencies';
          manifest[field][pinName] = pinned;
        }
        writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
        return { ok: true };
      },
    ],
    [
      'npm install (tarball + registry)',
      inVariant(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline']),
    ],
    [
      'installed versions',
      async () => {
        const installed = (name) =>
          JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')).version;
        const wrong = Object.entries(variant.pins).filter(([pinName, pinned]) => installed(pinName) !== pinned);
        const library = installed('react-user-metadata');
        return {
          ok: wrong.length === 0,
          show: true,
          detail: wrong.length
            ? wrong.map(([pinName, pinned]) => `${pinName}: wanted ${pinned}, got ${installed(pinName)}`).join('\n')
            : `react ${installed('react')}, @types/react ${installed('@types/react')}, react-user-metadata ${library}, @tanstack/react-query ${installed('@tanstack/react-query')}, msw ${installed('msw')}, vite ${installed('vite')}`,
        };
      },
    ],
    ['msw init public (the app’s own msw)', inVariant(appBin(dir, 'msw'), ['init', 'public', '--no-save'])],
    ['tsc --noEmit (bundler resolution)', inVariant(appBin(dir, 'tsc'), ['-p', 'tsconfig.json'])],
    [
      'tsc --noEmit (NodeNext, server code)',
      async () => {
        const result = await inVariant(appBin(dir, 'tsc'), ['-p', 'tsconfig.server.json'])();
        const hint =
          'hint: under NodeNext every relative import in the published .d.ts files needs its .js extension; ' +
          'without it the types of whole modules silently become `any` (attw: InternalResolutionError).';
        return result.ok ? result : { ...result, detail: `${result.detail}\n${hint}` };
      },
    ],
    ['vite build (client)', inVariant(appBin(dir, 'vite'), ['build', '--logLevel', 'warn'])],
    [
      'vite build (client, development React, for hydration warnings)',
      inVariant(appBin(dir, 'vite'), ['build', '--mode', 'development', '--outDir', 'dist-dev', '--logLevel', 'warn'], {
        env: { NODE_ENV: 'development' },
      }),
    ],
    [
      'vite build --ssr (packages external)',
      async () => {
        const built = await run(
          appBin(dir, 'vite'),
          ['build', '--ssr', 'src/entry-server.tsx', '--outDir', 'dist-server', '--logLevel', 'warn'],
          { cwd: dir, env: runtime.env },
        );
        if (built.code !== 0) return { ok: false, detail: built.output };
        // The library must stay external, so the SSR step tests Node's own resolution of its exports.
        const bundle = readFileSync(join(dir, 'dist-server', 'entry-server.js'), 'utf8');
        const external = [
          'react-user-metadata',
          'react-user-metadata/core',
          'react-user-metadata/msw',
          'react-user-metadata/server',
        ].filter((specifier) => !bundle.includes(`from "${specifier}"`));
        return { ok: external.length === 0, detail: `not imported from node_modules: ${external.join(', ')}` };
      },
    ],
    [
      'renderToString in Node (page and each component)',
      () => inVariant(runtime.node, ['ssr.mjs'], { env: { TZ: 'UTC' }, show: true })(),
    ],
    ['Chromium: hydrate, Retry, keyboard walk', () => checkInBrowser({ dir, label, node: runtime.node })],
  ];
  // A failed type check does not stop the builds and browser run (their results are still worth
  // seeing); any other failed step leaves nothing for the later ones to work on.
  const independent = new Set(['tsc --noEmit (bundler resolution)', 'tsc --noEmit (NodeNext, server code)']);
  let ok = true;
  let blocked = false;
  for (const [name, action] of steps) {
    if (blocked) {
      console.log(`SKIP [${label}] ${name}`);
      continue;
    }
    const passed = await step(label, name, action);
    ok &&= passed;
    if (!passed && !independent.has(name)) blocked = true;
  }
  console.log(`${ok ? 'PASS' : 'FAIL'} [${label}] consumer app (${seconds(since)})\n`);
  return ok;
}

const versions = options.variants.split(',').map((value) => value.trim());
const unknown = versions.filter((version) => !(version in VARIANTS));
if (unknown.length > 0) {
  console.error(`unknown variant ${unknown.join(', ')}; choose from ${Object.keys(VARIANTS).join(', ')}`);
  process.exit(2);
}

const tarball = await packLibrary(step, { into: workRoot, build: options.build, tarball: options.tarball });
const results = {};
if (tarball) {
  console.log(`tarball: ${relative(root, tarball)}\n`);
  for (const version of versions) results[version] = await checkVariant(version, tarball);
}
await Promise.all(cleanups);
const failed = summary.filter((entry) => !entry.ok);
console.log('consumer smoke test summary');
for (const version of versions) console.log(`  ${VARIANTS[version].label}: ${results[version] ? 'PASS' : 'FAIL'}`);
console.log(`  total time ${seconds(started)}`);
if (failed.length > 0) {
  console.log(`FAILED steps:\n${failed.map((entry) => `  - [${entry.label}] ${entry.name}`).join('\n')}`);
}
process.exitCode = tarball && failed.length === 0 && versions.every((version) => results[version]) ? 0 : 1;
