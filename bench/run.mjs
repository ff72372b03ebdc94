#!/usr/bin/env node
// `npm run bench`: renders MetadataInspector fully expanded over 1k, 10k and 100k nodes of
// deterministic JSON in headless Chromium, prints a markdown table, and exits 1 when a target of
// issue 6 is missed. Each render is measured on a fresh page (cold JIT, as a user opening the page).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { generateJson } from './generateJson.mjs';

const RUNS = 5;
const MB = 1024 * 1024;
const TARGETS = [
  { nodes: 1_000, time: 30, elements: 1500, heap: 2 * MB },
  { nodes: 10_000, time: 60, elements: 1500, heap: 5 * MB },
  { nodes: 100_000, time: 150, elements: 1500, heap: 20 * MB },
];
const INTERACTION_MS = 50;
const SEARCH_WORD = 'stat';

const root = fileURLToPath(new URL('..', import.meta.url));
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const ms = (value) => `${value.toFixed(1)} ms`;
const mb = (bytes) => `${(bytes / MB).toFixed(2)} MB`;

const dir = await mkdtemp(join(tmpdir(), 'rum-bench-'));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

try {
  await build({
    entryPoints: [join(root, 'bench/page.tsx')],
    outfile: join(dir, 'page.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'error',
  });
  const css = pathToFileURL(join(root, 'src/styles.css')).href;

  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => {
    console.error(`page error: ${error.message}`);
    process.exitCode = 1;
  });
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };

  const results = [];
  let interactions;
  for (const target of TARGETS) {
    const json = JSON.stringify(generateJson(target.nodes, 20_260_101));
    const html = join(dir, `bench-${target.nodes}.html`);
    await writeFile(
      html,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench ${target.nodes}</title>` +
        `<link rel="stylesheet" href="${css}"></head><body><div id="root"></div>` +
        // `<` is escaped so no string in the data can close the script element. A classic script: Chromium
        // refuses module scripts from file:// pages.
        `<script type="application/json" id="data">${json.replaceAll('<', '\\u003c')}</script>` +
        `<script src="./page.js"></script></body></html>`,
    );
    const runs = [];
    for (let run = 0; run < RUNS; run++) {
      await page.goto(pathToFileURL(html).href);
      await page.waitForFunction(() => 'bench' in window);
      await page.evaluate(() => window.bench.prepare());
      const baseline = await heap();
      const { time, rows } = await page.evaluate(() => window.bench.mount());
      if (rows !== target.nodes - 1) throw new Error(`expected ${target.nodes - 1} rows, got ${rows}`);
      const elements = await page.evaluate(() => window.bench.elements());
      const used = await heap();
      runs.push({ time, elements, heap: used, own: used - baseline });
    }
    const result = {
      nodes: target.nodes,
      target,
      time: median(runs.map((r) => r.time)),
      elements: Math.max(...runs.map((r) => r.elements)),
      heapUsed: median(runs.map((r) => r.heap)),
      own: median(runs.map((r) => r.own)),
    };
    results.push(result);

    if (target.nodes === 100_000) {
      // Interactions on the last loaded page, already mounted: five of each, medians.
      const toggles = [];
      const keystrokes = [];
      for (let run = 0; run < RUNS; run++) {
        toggles.push(await page.evaluate(() => window.bench.toggle()));
        keystrokes.push(await page.evaluate((word) => window.bench.type(word), SEARCH_WORD));
      }
      const perKey = SEARCH_WORD.split('').map((_, i) => median(keystrokes.map((k) => k.times[i])));
      interactions = {
        collapse: median(toggles.map((t) => t.collapse)),
        expand: median(toggles.map((t) => t.expand)),
        hidden: toggles[0].hidden,
        keystroke: Math.max(...perKey),
        perKey,
        matches: keystrokes[0].counts,
        clear: median(keystrokes.map((k) => k.clear)),
        slowest: Math.max(
          ...toggles.flatMap((t) => [t.collapse, t.expand]),
          ...keystrokes.flatMap((k) => [...k.times, k.clear]),
        ),
      };
    }
  }

  const failures = [];
  const check = (ok, what) => {
    if (!ok) failures.push(what);
    return ok ? '' : ' ❌';
  };
  const lines = [
    '| nodes | render to paint (median of 5) | DOM elements | JS heap after GC (page) | of which the inspector |',
    '|--:|--:|--:|--:|--:|',
  ];
  for (const r of results) {
    const n = r.nodes.toLocaleString('en-US');
    const time = `${ms(r.time)} (≤ ${r.target.time})${check(r.time <= r.target.time, `${n}: render ${ms(r.time)}`)}`;
    const dom = `${r.elements} (≤ ${r.target.elements})${check(r.elements <= r.target.elements, `${n}: ${r.elements} elements`)}`;
    const heapText = `${mb(r.heapUsed)} (≤ ${mb(r.target.heap)})${check(r.heapUsed <= r.target.heap, `${n}: heap ${mb(r.heapUsed)}`)}`;
    lines.push(`| ${n} | ${time} | ${dom} | ${heapText} | ${mb(r.own)} |`);
  }
  console.log(lines.join('\n'));
  if (interactions) {
    const i = interactions;
    console.log(
      [
        '',
        `| at 100,000 nodes (median of 5) | time | target |`,
        '|--|--:|--:|',
        `| collapse a top-level node (${i.hidden.toLocaleString('en-US')} rows) | ${ms(i.collapse)}${check(i.collapse <= INTERACTION_MS, `collapse ${ms(i.collapse)}`)} | ≤ ${INTERACTION_MS} ms |`,
        `| expand it again | ${ms(i.expand)}${check(i.expand <= INTERACTION_MS, `expand ${ms(i.expand)}`)} | ≤ ${INTERACTION_MS} ms |`,
        `| search keystroke, slowest of "${SEARCH_WORD}" (${i.perKey.map(ms).join(', ')}; rows ${i.matches.join(', ')}) | ${ms(i.keystroke)}${check(i.keystroke <= INTERACTION_MS, `keystroke ${ms(i.keystroke)}`)} | ≤ ${INTERACTION_MS} ms |`,
        `| clear the search (back to 100,000 rows) | ${ms(i.clear)}${check(i.clear <= INTERACTION_MS, `clear ${ms(i.clear)}`)} | ≤ ${INTERACTION_MS} ms |`,
        `| slowest single interaction of all runs | ${ms(i.slowest)} | |`,
      ].join('\n'),
    );
  }
  if (failures.length) {
    console.error(`\nMissed targets: ${failures.join('; ')}`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  await rm(dir, { recursive: true, force: true });
}
