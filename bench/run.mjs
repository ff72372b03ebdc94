#!/usr/bin/env node
// `npm run bench`: renders JsonTree fully expanded over 1k, 10k and 100k nodes of deterministic JSON
// in headless Chromium, prints a markdown table, and exits 1 when a target is missed. Each render is
// measured on a fresh page in a new browser context (nothing compiled yet, as a user opening the page).
//
// `npm run bench:compare` (`--compare`): our tree against react-json-view-lite and react-obj-view, see
// bench/compareViewers.mjs, then the performance targets as one table. `--sizes 1000,100000` measures
// fewer sizes (react-json-view-lite takes minutes to render 100,000 nodes expanded).
//
// `node bench/run.mjs --against <git ref>`: the same measurements for the library at another commit and
// for this checkout, interleaved in one run (page by page), with the ratio of each figure: timings on a
// shared machine drift, so only figures taken side by side are compared. Each commit links its own
// stylesheet. With `--compare`, the other commit is one more viewer in the comparison, next to ours;
// `--modes collapsed` (or `expanded`) measures one mode only.
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';
import { generateJson } from './generateJson.mjs';
import { MODES, measureViewers, targetTable, viewerTable } from './compareViewers.mjs';
import { measureInteractions, measureRender, median, openPage, summarizeInteractions } from './measure.mjs';
import { bundle, checkoutAt, writePage } from './pages.mjs';


const MB = 1024 * 1024;
const ALL_SIZES = [1_000, 10_000, 100_000];
const TARGETS = {
  1_000: { time: 30, elements: 1500, heap: 2 * MB },
  10_000: { time: 60, elements: 1500, heap: 5 * MB },
  100_000: { time: 150, elements: 1500, heap: 20 * MB },
};
const INTERACTION_MS = 50;
const SEARCH_WORD = 'stat';
const SEED = 20_260_101;

const root = fileURLToPath(new URL('..', import.meta.url));
const ms = (value) => `${value.toFixed(1)} ms`;
const mb = (bytes) => `${(bytes / MB).toFixed(2)} MB`;
const count = (value) => value.toLocaleString('en-US');

const { values: options } = parseArgs({
  options: {
    against: { type: 'string' },
    compare: { type: 'boolean' },
    modes: { type: 'string' },
    runs: { type: 'string', default: '5' },
    sizes: { type: 'string' },
  },
});
if ((options.sizes || options.modes) && !options.compare)
  throw new Error('--sizes and --modes go with --compare: the gate measures every size');
const SIZES = options.sizes ? options.sizes.split(',').map(Number) : ALL_SIZES;
const COMPARED_MODES = options.modes ? options.modes.split(',') : MODES;
if (COMPARED_MODES.some((mode) => !MODES.includes(mode))) throw new Error(`--modes takes ${MODES.join(', ')}`);
// Fresh page loads per figure (median); more make a comparison on a busy machine steadier.
const RUNS = Number(options.runs);
const dir = await mkdtemp(join(tmpdir(), 'rum-bench-'));
const browser = await chromium.launch(chromiumLaunchOptions);

try {
  const variants = [{ name: options.compare ? 'ours' : 'this checkout', entry: join(root, 'bench/page.tsx') }];
  if (options.against) {
    const entry = await checkoutAt(root, options.against, dir);
    // In a comparison the other commit comes after ours, whose ratios the targets are; alone, it comes first.
    variants.splice(options.compare ? 1 : 0, 0, { name: options.against, entry });
  }
  if (options.compare) {
    variants.push(
      { name: 'react-json-view-lite', entry: join(root, 'bench/viewers/jsonViewLite.tsx') },
      { name: 'react-obj-view', entry: join(root, 'bench/viewers/objView.tsx') },
    );
  }
  for (const [index, variant] of variants.entries()) {
    variant.script = `page-${index}.js`;
    // Our stylesheet (each commit's own, next to its bench/ directory) is linked as an app links it; the
    // other viewers bundle theirs next to their page.
    variant.css =
      (await bundle(root, variant.entry, join(dir, variant.script))) ?? join(dirname(dirname(variant.entry)), 'src/styles.css');
  }
  const pages = {};
  for (const nodes of SIZES) {
    const json = JSON.stringify(generateJson(nodes, SEED));
    pages[nodes] = await Promise.all(
      variants.map((variant, index) =>
        writePage({ dir, name: `bench-${nodes}-${index}`, json, script: variant.script, css: variant.css }),
      ),
    );
  }
  const tab = await openPage(browser);
  const loadAtStart = loadAverage();
  const results = options.compare
    ? await measureViewers(tab, variants, pages, { sizes: SIZES, runs: RUNS, modes: COMPARED_MODES })
    : await measureAll(tab, variants, pages);
  // Our tree's keystrokes and toggles at 100,000 nodes expanded, on two fresh pages (the other viewers have no search).
  const interactions =
    options.compare && pages[100_000] && COMPARED_MODES.includes('expanded')
      ? await measureOurInteractions(tab, pages[100_000][0])
      : undefined;
  console.log(
    `Chromium ${browser.version()}, ${cpus().length} CPUs, load average ${loadAtStart} at the start, ` +
      `${loadAverage()} at the end.\n`,
  );
  if (options.compare) {
    console.log(viewerTable(variants, results, SIZES, COMPARED_MODES));
    const { table, missed } = targetTable(variants, results, interactions, SIZES, COMPARED_MODES);
    console.log(`\n${table}`);
    if (missed.length) {
      console.error(`\nMissed targets: ${missed.join('; ')}`);
      process.exitCode = 1;
    }
  }
  else if (options.against) printComparison(variants, results);
  else printGate(results[0]);
} finally {
  await browser.close();
  await rm(dir, { recursive: true, force: true });
}

/** The 1, 5 and 15 minute load averages, as `uptime` shows them. */
function loadAverage() {
  return loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
}

/** Keystrokes and toggles of one page, twice on a fresh page, summarized. */
async function measureOurInteractions(tab, page) {
  const list = [];
  for (let turn = 0; turn < 2; turn++) list.push(await measureInteractions(tab, page, { word: SEARCH_WORD, rounds: RUNS }));
  return summarizeInteractions(list, SEARCH_WORD);
}

/** Variant indexes in the order of one turn: reversed every other turn, so no variant always goes first. */
function turnOrder(variants, turn) {
  const order = variants.map((_, index) => index);
  return turn % 2 ? order.reverse() : order;
}

/** Every measurement for every variant, taking turns page by page so drift hits all of them alike. */
async function measureAll(tab, variants, pages) {
  const results = variants.map(() => ({ sizes: {}, interactions: null }));
  for (const nodes of SIZES) {
    const runs = variants.map(() => ({ cold: [], warm: [] }));
    // One extra round first, not counted: the first pages of a fresh browser pay for its renderer's start.
    for (let run = -1; run < RUNS; run++) {
      for (const index of turnOrder(variants, run)) {
        const cold = await measureRender(tab, pages[nodes][index], { expanded: true, details: true });
        const warm = await measureRender(tab, pages[nodes][index], { expanded: true, warm: true });
        if (cold.rows !== nodes - 1) throw new Error(`expected ${nodes - 1} rows, got ${cold.rows}`);
        if (run < 0) continue;
        runs[index].cold.push(cold);
        runs[index].warm.push(warm);
      }
    }
    runs.forEach(({ cold, warm }, index) => {
      results[index].sizes[nodes] = {
        time: median(cold.map((r) => r.time)),
        cpu: median(cold.map((r) => r.cpu)),
        warm: median(warm.map((r) => r.time)),
        warmCpu: median(warm.map((r) => r.cpu)),
        elements: Math.max(...cold.map((r) => r.elements)),
        heapUsed: median(cold.map((r) => r.heap)),
        retained: median(cold.map((r) => r.retained)),
      };
    });
  }
  // Interactions at 100k, twice per variant in turns: each time on a freshly mounted page.
  const interactions = variants.map(() => []);
  for (let turn = 0; turn < 2; turn++) {
    for (const index of turnOrder(variants, turn)) {
      interactions[index].push(
        await measureInteractions(tab, pages[100_000][index], { word: SEARCH_WORD, rounds: RUNS }),
      );
    }
  }
  interactions.forEach((list, index) => {
    results[index].interactions = summarizeInteractions(list, SEARCH_WORD);
  });
  return results;
}

/** The table of this checkout against its targets; exits 1 when one is missed. */
function printGate({ sizes, interactions: i }) {
  const failures = [];
  const cell = (value, limit, format, what) => {
    if (value > limit) failures.push(`${what}: ${format(value)} > ${format(limit)}`);
    return `${format(value)}${value > limit ? ' ❌' : ''}`;
  };
  const lines = [
    '| nodes | render to paint, cold page | render to paint, in an app | DOM elements | JS heap retained | page JS heap |',
    '|--:|--:|--:|--:|--:|--:|',
  ];
  for (const nodes of SIZES) {
    const [r, target, n] = [sizes[nodes], TARGETS[nodes], count(nodes)];
    lines.push(
      `| ${n} | ${cell(r.time, target.time, ms, `${n} render`)} | ${ms(r.warm)} | ${cell(r.elements, target.elements, count, `${n} DOM`)} ` +
        `| ${cell(r.retained, target.heap, mb, `${n} heap`)} | ${mb(r.heapUsed)} |`,
    );
  }
  lines.push(
    '',
    `Render to paint: median of ${RUNS} fresh page loads each, fully expanded, from root.render to the first task after`,
    'the frame that painted it. "Cold page" (the gate): the tree is the page\'s first React render, so React',
    'compiles its own code meanwhile; "in an app": React has rendered something else first, as in any app.',
    'DOM elements: the whole page. JS heap retained: what unmounting the tree frees, after forced GCs (median).',
    'Page JS heap: everything on the page, the data and React included.',
    '',
    `| at 100,000 nodes | time (≤ ${INTERACTION_MS} ms) |`,
    '|--|--:|',
    ...interactionRows(i).map(([what, value, label]) => `| ${what} | ${cell(value.time, INTERACTION_MS, ms, label)} |`),
    `| slowest single interaction of all ${2 * RUNS} rounds | ${ms(i.slowest)} |`,
  );
  console.log(lines.join('\n'));
  if (failures.length) {
    console.error(`\nMissed targets: ${failures.join('; ')}`);
    process.exitCode = 1;
  }
}

/** The interaction figures as [what, { time, cpu }, short name] rows. */
function interactionRows(i) {
  return [
    [`collapse a top-level node (${count(i.hidden)} rows), median of ${2 * RUNS}`, i.collapse, 'collapse'],
    [`expand it again, median of ${2 * RUNS}`, i.expand, 'expand'],
    ['first keystroke on the page ("s", its code still cold), median of 2', i.first, 'first keystroke'],
    ...i.perKey.map((time, k) => [
      `type "${SEARCH_WORD.slice(0, k + 1)}" (${count(i.matches[k])} rows shown), median of ${2 * RUNS}`,
      time,
      `keystroke ${k + 1}`,
    ]),
    [`clear the search (back to ${count(100_000 - 1)} rows), median of ${2 * RUNS}`, i.clear, 'clear'],
  ];
}

/** Each figure of each variant side by side, with the ratio of the last variant to the first. */
function printComparison(variants, results) {
  const [before, after] = results;
  const ratio = (a, b) => `${(b / a).toFixed(2)}×`;
  const timing = (what, a, b) =>
    `| ${what} | ${ms(a.time)} | ${ms(b.time)} | ${ratio(a.time, b.time)} | ${ms(a.cpu)} | ${ms(b.cpu)} | ${ratio(a.cpu, b.cpu)} |`;
  const [first, second] = variants.map((variant) => variant.name);
  const lines = [
    `| measured in one run, interleaved | ${first} | ${second} | ratio | CPU ${first} | CPU ${second} | CPU ratio |`,
    '|--|--:|--:|--:|--:|--:|--:|',
  ];
  for (const nodes of SIZES) {
    const [a, b] = [before.sizes[nodes], after.sizes[nodes]];
    const n = `${count(nodes)} nodes expanded`;
    lines.push(
      timing(`${n}, render to paint (cold page)`, a, b),
      timing(`${n}, render to paint (in an app)`, { time: a.warm, cpu: a.warmCpu }, { time: b.warm, cpu: b.warmCpu }),
      `| ${n}, JS heap retained | ${mb(a.retained)} | ${mb(b.retained)} | ${ratio(a.retained, b.retained)} | | | |`,
      `| ${n}, DOM elements | ${count(a.elements)} | ${count(b.elements)} | ${ratio(a.elements, b.elements)} | | | |`,
    );
  }
  const [rowsBefore, rowsAfter] = [interactionRows(before.interactions), interactionRows(after.interactions)];
  rowsBefore.forEach(([what, a], index) => lines.push(timing(`100,000 nodes: ${what}`, a, rowsAfter[index][1])));
  lines.push(
    '',
    'Wall: render to paint as the page saw it. CPU: the main thread\'s CPU time over the same action (Chromium\'s',
    'TaskDuration in thread ticks), which leaves out time spent waiting for a core on a busy machine.',
  );
  console.log(lines.join('\n'));
}
