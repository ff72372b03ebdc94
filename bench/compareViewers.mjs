// `npm run bench:compare`: our tree, react-json-view-lite and react-obj-view render the same generated
// data, collapsed and expanded, at 1k, 10k and 100k nodes, taking turns page by page (the order
// rotates every round), so each ratio is measured in one run on one machine state.
import { measureRender, median } from './measure.mjs';

const MB = 1024 * 1024;
export const MODES = ['collapsed', 'expanded'];

/** Medians per viewer, size and mode of render time, CPU time, DOM elements and JS heap retained. */
export async function measureViewers(tab, viewers, pages, { sizes, runs, modes = MODES }) {
  const results = {};
  for (const nodes of sizes) {
    for (const mode of modes) {
      const samples = viewers.map(() => []);
      // One extra round first, not counted: the first pages of a fresh browser pay for its renderer's start.
      for (let run = -1; run < runs; run++) {
        for (let turn = 0; turn < viewers.length; turn++) {
          const index = (turn + Math.max(run, 0)) % viewers.length;
          const sample = await measureRender(tab, pages[nodes][index], { expanded: mode === 'expanded', details: true });
          if (run >= 0) samples[index].push(sample);
        }
      }
      results[`${nodes} ${mode}`] = samples.map((list) => ({
        time: median(list.map((s) => s.time)),
        cpu: median(list.map((s) => s.cpu)),
        elements: median(list.map((s) => s.elements)),
        retained: median(list.map((s) => s.retained)),
      }));
    }
  }
  return results;
}

/** One markdown table: each viewer's figures, and ours as a ratio of each other viewer's. */
export function viewerTable(viewers, results, sizes, modes = MODES) {
  const [ours, ...others] = viewers.map((viewer) => viewer.name);
  const ms = (value) => `${value.toFixed(1)} ms`;
  const mb = (bytes) => `${(bytes / MB).toFixed(2)} MB`;
  const lines = [
    `| nodes, mode | ${viewers.map((v) => `${v.name}: render (CPU)`).join(' | ')} | ${others.map((o) => `${ours} / ${o}`).join(' | ')} | DOM elements | JS heap retained |`,
    `|--|${viewers.map(() => '--:').join('|')}|${others.map(() => '--:').join('|')}|--:|--:|`,
  ];
  for (const nodes of sizes) {
    for (const mode of modes) {
      const figures = results[`${nodes} ${mode}`];
      const [mine] = figures;
      const cells = figures.map((f) => `${ms(f.time)} (${ms(f.cpu)})`);
      const ratios = figures.slice(1).map((f) => `${(mine.time / f.time).toFixed(2)}× (${(mine.cpu / f.cpu).toFixed(2)}×)`);
      const elements = figures.map((f) => f.elements.toLocaleString('en-US')).join(' / ');
      const heap = figures.map((f) => mb(f.retained)).join(' / ');
      lines.push(`| ${nodes.toLocaleString('en-US')} ${mode} | ${cells.join(' | ')} | ${ratios.join(' | ')} | ${elements} | ${heap} |`);
    }
  }
  lines.push(
    '',
    `Render to paint (main-thread CPU time in brackets), median of each viewer's fresh page loads; ratios are ${ours}'s`,
    `time over the other's (below 1 is faster). DOM elements (whole page) and JS heap retained (what unmounting frees,`,
    `after forced GCs) in the order ${viewers.map((v) => v.name).join(' / ')}.`,
  );
  return lines.join('\n');
}

// The performance targets: our render time as a ratio of another viewer's, and our own figures.
const RATIO_TARGETS = [
  { nodes: 1_000, mode: 'collapsed', other: 'react-json-view-lite', most: 1.0 },
  { nodes: 100_000, mode: 'collapsed', other: 'react-json-view-lite', most: 1.0 },
  { nodes: 100_000, mode: 'expanded', other: 'react-obj-view', most: 0.6 },
];
const HEAP_TARGET = { nodes: 100_000, mode: 'collapsed', most: 1 * MB };
const KEYSTROKE_MS = 20;
const TOGGLE_MS = 10;

/**
 * One table of every target, measured in this run: ratios by render time (CPU time in brackets, for
 * reference on a busy machine), heap, DOM elements from the smallest size to the largest, and our
 * keystrokes and toggles at 100,000 nodes expanded. Returns the table and the targets missed.
 */
export function targetTable(viewers, results, interactions, sizes, modes = MODES) {
  const names = viewers.map((viewer) => viewer.name);
  const missed = [];
  const lines = ['| target | measured | limit | met |', '|--|--:|--:|:-:|'];
  const row = (what, shown, value, most, limit) => {
    if (value > most) missed.push(`${what}: ${shown}`);
    lines.push(`| ${what} | ${shown} | ${limit} | ${value > most ? '❌' : '✅'} |`);
  };
  for (const { nodes, mode, other, most } of RATIO_TARGETS) {
    const figures = results[`${nodes} ${mode}`];
    if (!figures) continue;
    const [ours, theirs] = [figures[0], figures[names.indexOf(other)]];
    const ratio = ours.time / theirs.time;
    const shown = `${ratio.toFixed(2)}× (CPU ${(ours.cpu / theirs.cpu).toFixed(2)}×)`;
    row(`ours / ${other}, ${nodes.toLocaleString('en-US')} ${mode}`, shown, ratio, most, `≤ ${most.toFixed(1)}×`);
  }
  const heap = results[`${HEAP_TARGET.nodes} ${HEAP_TARGET.mode}`];
  if (heap) {
    const what = `JS heap retained, ${HEAP_TARGET.nodes.toLocaleString('en-US')} ${HEAP_TARGET.mode}`;
    const shown = `${(heap[0].retained / MB).toFixed(2)} MB`;
    row(what, shown, heap[0].retained, HEAP_TARGET.most, `≤ ${HEAP_TARGET.most / MB} MB`);
  }
  const [smallest, largest] = [sizes[0], sizes.at(-1)];
  for (const mode of modes) {
    const [from, to] = [results[`${smallest} ${mode}`][0].elements, results[`${largest} ${mode}`][0].elements];
    const what = `DOM elements, ${smallest.toLocaleString('en-US')} → ${largest.toLocaleString('en-US')} ${mode}`;
    row(what, `${from} → ${to}`, to - from, 0, 'no more');
  }
  if (interactions) {
    const keys = [...interactions.perKey, interactions.clear];
    const slowestKey = Math.max(...keys.map((key) => key.time));
    // Each with its main-thread CPU time, the figure a busy machine does not inflate, as the ratios have.
    const figures = (list, field) => list.map((key) => key[field].toFixed(1)).join(' / ');
    const typed = `${figures(keys, 'time')} ms (CPU ${figures(keys, 'cpu')} ms)`;
    row('keystroke at 100,000 expanded ("s" / "st" / "sta" / "stat" / clear)', typed, slowestKey, KEYSTROKE_MS, `≤ ${KEYSTROKE_MS} ms`);
    const slowestToggle = Math.max(interactions.collapse.time, interactions.expand.time);
    const toggles = [interactions.collapse, interactions.expand];
    const toggled = `${figures(toggles, 'time')} ms (CPU ${figures(toggles, 'cpu')} ms)`;
    row('toggle at 100,000 expanded (collapse / expand a top-level node)', toggled, slowestToggle, TOGGLE_MS, `≤ ${TOGGLE_MS} ms`);
  }
  lines.push(
    '',
    'Ratios: our render-to-paint time over the other viewer\'s, medians of the same fresh page loads as above.',
    'Keystrokes and toggles: medians of every round on two fresh pages of our tree, fully expanded (the first',
    'keystroke of a page, its code still cold, is left out), each from the input or click to the first task after',
    'the frame that painted it. DOM elements: the whole page.',
  );
  return { table: lines.join('\n'), missed };
}
