#!/usr/bin/env node
// Why the library validates with valibot: what the same four response schemas cost a Next.js page under
// Turbopack with zod/mini and with valibot, each against an empty page of the same build.
//
//   npm run test:nextjs -- --no-bundle && node test/nextjs/validatorProbe/run.mjs
//
// Uses the example's copy that test:nextjs installed (test/nextjs/.work/app): adds zod, three probe
// pages, builds with Turbopack into .next-probe and prints each page's First Load JS.
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { command, npm } from '../../checkSteps.mjs';
import { measureFirstLoadJs } from '../firstLoadJs.mjs';
import { startNext } from '../nextServer.mjs';

const here = import.meta.dirname;
const dir = join(here, '..', '.work', 'app');
if (!existsSync(join(dir, 'node_modules', 'next'))) {
  console.error('No installed example: run `npm run test:nextjs -- --no-bundle` first.');
  process.exit(2);
}

const probes = { none: undefined, zod: 'schemas.zod.ts', valibot: 'schemas.valibot.ts' };
for (const [name, schemas] of Object.entries(probes)) {
  const page = join(dir, 'app', `probe-${name}`);
  mkdirSync(page, { recursive: true });
  if (schemas) {
    cpSync(join(here, schemas), join(page, 'schemas.ts'));
    cpSync(join(here, 'Probe.tsx'), join(page, 'Probe.tsx'));
  } else {
    writeFileSync(join(page, 'Probe.tsx'), "'use client';\nexport function Probe() {\n  return <p>none</p>;\n}\n");
  }
  writeFileSync(join(page, 'page.tsx'), "import { Probe } from './Probe';\n\nexport default function Page() {\n  return <Probe />;\n}\n");
}

const zodVersion = JSON.parse(readFileSync(join(here, '..', '..', '..', 'package.json'), 'utf8')).devDependencies.zod;
const installed = await command(
  npm,
  ['install', '--no-save', '--no-audit', '--no-fund', '--prefer-offline', `zod@${zodVersion}`],
  dir,
)();
if (!installed.ok) throw new Error(`npm install zod failed:\n${installed.detail}`);
// With the measurement config of a full test:nextjs run, a build of its own; otherwise the example's .next.
const env = { MEASURE_DIST_DIR: existsSync(join(dir, 'next.config.example.ts')) ? '.next-probe' : '' };
const build = await command(process.execPath, [join(dir, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], dir, env)();
if (!build.ok) throw new Error(`next build failed:\n${build.detail}`);

const server = await startNext(dir, { env });
try {
  const sizes = {};
  for (const name of Object.keys(probes)) sizes[name] = (await measureFirstLoadJs(`${server.origin}/probe-${name}`)).gzipBytes;
  console.log('Turbopack, First Load JS of a page validating with the four schemas, minus an empty page (gzip):');
  for (const name of ['zod', 'valibot']) {
    console.log(`  ${name.padEnd(8)} +${((sizes[name] - sizes.none) / 1000).toFixed(2)} kB`);
  }
} finally {
  await server.stop();
}
