#!/usr/bin/env node
// `npm run bench`: renders MetadataInspector fully expanded over 1k, 10k and 100k nodes of
// deterministic JSON in headless Chromium, prints a markdown table, and exits 1 when a target of
// issue 6 is missed. Each render is measured on a fresh page (cold JIT, as a user opening the page).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';
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
const browser = await chromium.launch(chromiumLaunchOptions);

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
    // Each render on a fresh page. "Cold page" (the gate): the inspector is the page's first React render.
    // "In an app": React has already rendered something else, so only the inspector's own code is cold.
    // One extra load first, not counted: the first page of a fresh browser pays for its renderer's start.
    const runs = [];
    const warmed = [];
    for (let run = -1; run < 2 * RUNS; run++) {
      const warm = run % 2 === 1;
      await page.goto(pathToFileURL(html).href);
      await page.waitForFunction(() => 'bench' in window);
      await page.evaluate(() => window.bench.prepare());
      if (warm) await page.evaluate(() => window.bench.warmUp());
      const { time, rows } = await page.evaluate(() => window.bench.mount());
      if (rows !== target.nodes - 1) throw new Error(`expected ${target.nodes - 1} rows, got ${rows}`);
      if (run < 0) continue;
      if (warm) {
        warmed.push(time);
        continue;
      }
      const elements = await page.evaluate(() => window.bench.elements());
      const used = await heap();
      // Retained = what unmounting frees: the inspector's fibers, DOM, arrays and state. The data and
      // React's compiled code stay with the page, so they are in the page total only.
      await page.evaluate(() => window.bench.unmount());
      const freed = used - (await heap());
      runs.push({ time, elements, heap: used, retained: freed });
    }
    const result = {
      nodes: target.nodes,
      target,
      time: median(runs.map((r) => r.time)),
      warm: median(warmed),
      elements: Math.max(...runs.map((r) => r.elements)),
      heapUsed: median(runs.map((r) => r.heap)),
      retained: median(runs.map((r) => r.retained)),
    };
    results.push(result);

    if (target.nodes === 100_000) {
      // Interactions on a freshly mounted page: the first keystroke alone (cold code),
      // then five rounds of each interaction, medians.
      await page.goto(pathToFileURL(html).href);
      await page.waitForFunction(() => 'bench' in window);
      await page.evaluate(() => window.bench.prepare());
      await page.evaluate(() => window.bench.mount());
      const first = await page.evaluate(() => window.bench.type('s'));
      const toggles = [];
      const keystrokes = [];
      for (let run = 0; run < RUNS; run++) {
        toggles.push(await page.evaluate(() => window.bench.toggle()));
        keystrokes.push(await page.evaluate((word) => window.bench.type(word), SEARCH_WORD));
      }
      const perKey = SEARCH_WORD.split('').map((_, i) => median(keystrokes.map((k) => k.times[i])));
      interactions = {
        first: first.times[0],
        collapse: median(toggles.map((t) => t.collapse)),
        expand: median(toggles.map((t) => t.expand)),
        hidden: toggles[0].hidden,
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
  const cell = (value, limit, format, what) => {
    if (value > limit) failures.push(`${what}: ${format(value)} > ${format(limit)}`);
    return `${format(value)}${value > limit ? ' ❌' : ''}`;
  };
  const count = (value) => value.toLocaleString('en-US');
  console.log(
    `Chromium ${browser.version()}, ${cpus().length} CPUs, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} at the end.\n`,
  );
  const lines = [
    '| nodes | render to paint, cold page | render to paint, in an app | DOM elements | JS heap retained | page JS heap |',
    '|--:|--:|--:|--:|--:|--:|',
  ];
  for (const r of results) {
    const n = count(r.nodes);
    lines.push(
      `| ${n} | ${cell(r.time, r.target.time, ms, `${n} render`)} | ${ms(r.warm)} | ${cell(r.elements, r.target.elements, count, `${n} DOM`)} ` +
        `| ${cell(r.retained, r.target.heap, mb, `${n} heap`)} | ${mb(r.heapUsed)} |`,
    );
  }
  lines.push(
    '',
    `Render to paint: median of ${RUNS} fresh page loads each, fully expanded, from root.render to the first task after`,
    'the frame that painted it. "Cold page" (the gate): the inspector is the page\'s first React render, so React',
    'compiles its own code meanwhile; "in an app": React has rendered something else first, as in any app.',
    'DOM elements: the whole page. JS heap retained: what unmounting the inspector frees, after forced GCs (median).',
    'Page JS heap: everything on the page, the data and React included.',
  );
  if (interactions) {
    const i = interactions;
    const limit = INTERACTION_MS;
    lines.push(
      '',
      `| at 100,000 nodes | time (≤ ${limit} ms) |`,
      '|--|--:|',
      `| collapse a top-level node (${count(i.hidden)} rows), median of ${RUNS} | ${cell(i.collapse, limit, ms, 'collapse')} |`,
      `| expand it again, median of ${RUNS} | ${cell(i.expand, limit, ms, 'expand')} |`,
      `| first keystroke on the page ("s", its code still cold) | ${cell(i.first, limit, ms, 'first keystroke')} |`,
      ...i.perKey.map(
        (t, k) =>
          `| type "${SEARCH_WORD.slice(0, k + 1)}" (${count(i.matches[k])} rows shown), median of ${RUNS} | ${cell(t, limit, ms, `keystroke ${k + 1}`)} |`,
      ),
      `| clear the search (back to ${count(100_000 - 1)} rows), median of ${RUNS} | ${cell(i.clear, limit, ms, 'clear')} |`,
      `| slowest single interaction of all ${RUNS} rounds | ${ms(i.slowest)} |`,
    );
  }
  console.log(lines.join('\n'));
  if (failures.length) {
    console.error(`\nMissed targets: ${failures.join('; ')}`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  await rm(dir, { recursive: true, force: true });
}
