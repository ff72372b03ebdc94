// `npm run bench:compare`: our tree, react-json-view-lite and react-obj-view render the same generated
// data, collapsed and expanded, at 1k, 10k and 100k nodes, taking turns page by page (the order
// rotates every round), so each ratio is measured in one run on one machine state.
import { measureRender, median } from './measure.mjs';

const MB = 1024 * 1024;
export const MODES = ['collapsed', 'expanded'];

/** Medians per viewer, size and mode of render time, CPU time, DOM elements and JS heap retained. */
export async function measureViewers(tab, viewers, pages, { sizes, runs }) {
  const results = {};
  for (const nodes of sizes) {
    for (const mode of MODES) {
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
export function viewerTable(viewers, results, sizes) {
  const [ours, ...others] = viewers.map((viewer) => viewer.name);
  const ms = (value) => `${value.toFixed(1)} ms`;
  const mb = (bytes) => `${(bytes / MB).toFixed(2)} MB`;
  const lines = [
    `| nodes, mode | ${viewers.map((v) => `${v.name}: render (CPU)`).join(' | ')} | ${others.map((o) => `${ours} / ${o}`).join(' | ')} | DOM elements | JS heap retained |`,
    `|--|${viewers.map(() => '--:').join('|')}|${others.map(() => '--:').join('|')}|--:|--:|`,
  ];
  for (const nodes of sizes) {
    for (const mode of MODES) {
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
