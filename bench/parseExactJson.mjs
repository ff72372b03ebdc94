#!/usr/bin/env node
// Part of `npm run bench`: what reading Hanko metadata with the lossless parser (parseExactJson, which
// keeps number text) costs against JSON.parse, at 1k, 10k and 100k nodes of the benchmark's JSON, in
// this Node (same V8 as Chromium). Prints a markdown table; median of RUNS, after WARMUP runs.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { generateJson } from './generateJson.mjs';

const RUNS = 15;
const WARMUP = 5;
const SIZES = [1_000, 10_000, 100_000];

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = await mkdtemp(join(tmpdir(), 'rum-parse-bench-'));
try {
  const outfile = join(dir, 'parseExactJson.mjs');
  await build({
    entryPoints: [join(root, 'src/core/parseExactJson.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    logLevel: 'error',
  });
  const { parseExactJson } = await import(pathToFileURL(outfile).href);

  const median = (parse, text) => {
    const times = [];
    for (let run = 0; run < WARMUP + RUNS; run++) {
      const start = performance.now();
      parse(text);
      if (run >= WARMUP) times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)];
  };

  console.log('| nodes | JSON text | JSON.parse | parseExactJson | ratio | with one exact number (lossless-json) | ratio |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|');
  for (const nodes of SIZES) {
    const text = JSON.stringify(generateJson(nodes, 20_260_101));
    // Both parsers read the same text and must agree on it (it has no number JSON.parse would change).
    if (JSON.stringify(parseExactJson(text)) !== JSON.stringify(JSON.parse(text))) {
      throw new Error(`parseExactJson disagrees with JSON.parse at ${nodes} nodes`);
    }
    const native = median((value) => JSON.parse(value), text);
    const exact = median(parseExactJson, text);
    // One number JSON.parse would change sends the whole text through lossless-json.
    const withExactNumber = `{"exact":9007199254740993,"data":${text}}`;
    if (String(parseExactJson(withExactNumber).exact) !== '9007199254740993') throw new Error('exact number lost');
    const lossless = median(parseExactJson, withExactNumber);
    const kb = `${(text.length / 1024).toFixed(0)} KB`;
    console.log(
      `| ${nodes.toLocaleString('en-US')} | ${kb} | ${native.toFixed(2)} ms | ${exact.toFixed(2)} ms | ${(exact / native).toFixed(1)}× | ${lossless.toFixed(2)} ms | ${(lossless / native).toFixed(1)}× |`,
    );
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
