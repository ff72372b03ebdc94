// What the benchmark measures on a page that exposes `window.bench` (bench/page.tsx and the viewer pages).
// Each figure comes twice: wall time from the page (render to paint), and the main thread's CPU time
// over the same action, from Chromium's own counters. On a shared machine the wall time includes
// waiting for a core; the CPU time does not, so it is the steadier figure to compare.
import { pathToFileURL } from 'node:url';

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/**
 * A tab that loads each page in a new browser context: a new renderer process, so no page is warmed by
 * an earlier one (V8 keeps the code it compiled across navigations in one process, which would make
 * every page after the first few measure a return visit). With a CDP session for forced garbage
 * collection, heap figures and CPU time.
 */
export async function openPage(browser) {
  let page;
  let cdp;
  const heap = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  // TaskDuration in thread ticks: CPU time the page's main thread spent in tasks, in seconds.
  const cpuTime = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'TaskDuration').value * 1000;
  };
  /** Opens `html` in a fresh context (closing the last one); resolves to its page once `window.bench` is prepared. */
  const load = async (html) => {
    await page?.context().close();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (error) => {
      console.error(`page error: ${error.message}`);
      process.exitCode = 1;
    });
    cdp = await page.context().newCDPSession(page);
    await page.goto(pathToFileURL(html).href);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.waitForFunction(() => 'bench' in window);
    await page.evaluate(() => window.bench.prepare());
    return page;
  };
  /** Runs a page action that resolves to `{ time, ... }`, adding the main thread's CPU ms as `cpu`. */
  const timed = async (action, argument) => {
    const start = await cpuTime();
    const result = await page.evaluate(action, argument);
    return { ...result, cpu: (await cpuTime()) - start };
  };
  return { heap, load, timed };
}

/**
 * One render on a fresh page: render-to-paint ms, CPU ms and rows shown; with `details`, also the
 * page's DOM elements, its JS heap, and what unmounting frees (retained). `warm`: React has rendered
 * something else first, as in any app, so only the viewer's own code is cold.
 */
export async function measureRender(tab, html, { expanded, warm = false, details = false }) {
  const { heap, load, timed } = tab;
  const page = await load(html);
  if (warm) await page.evaluate(() => window.bench.warmUp());
  const render = await timed((open) => window.bench.mount(open), expanded);
  if (!details) return render;
  const elements = await page.evaluate(() => window.bench.elements());
  const used = await heap();
  await page.evaluate(() => window.bench.unmount());
  return { ...render, elements, heap: used, retained: used - (await heap()) };
}

/**
 * Interactions on a freshly mounted, fully expanded page: the first keystroke alone (its code still
 * cold), then `rounds` rounds, each on the tree mounted again, of collapse + expand of a top-level node
 * and of typing `word` one character at a time, then clearing it.
 */
export async function measureInteractions(tab, html, { word, rounds }) {
  const { load, timed } = tab;
  const page = await load(html);
  const mounted = await page.evaluate(() => window.bench.mount(true));
  const search = (text) => timed((value) => window.bench.search(value), text);
  const first = await search('s');
  await search('');
  const toggles = [];
  const keystrokes = [];
  for (let round = 0; round < rounds; round++) {
    // Each round on a tree mounted afresh (not timed), so no round finds the searches before it kept:
    // typing "s" again would cost nothing.
    await page.evaluate(() => window.bench.unmount());
    await page.evaluate(() => window.bench.mount(true));
    const collapse = await timed(() => window.bench.clickFirstContainer());
    const expand = await timed(() => window.bench.clickFirstContainer());
    if (!(collapse.rows < mounted.rows && expand.rows === mounted.rows))
      throw new Error(`toggle did not apply: ${mounted.rows} ${collapse.rows} ${expand.rows}`);
    toggles.push({ collapse, expand, hidden: mounted.rows - collapse.rows });
    const typed = [];
    for (let length = 1; length <= word.length; length++) typed.push(await search(word.slice(0, length)));
    keystrokes.push({ typed, clear: await search('') });
  }
  return { first, toggles, keystrokes };
}

/** Medians of several `measureInteractions` results, each as `{ time, cpu }`. */
export function summarizeInteractions(results, word) {
  const toggles = results.flatMap((result) => result.toggles);
  const keystrokes = results.flatMap((result) => result.keystrokes);
  const medians = (list) => ({ time: median(list.map((m) => m.time)), cpu: median(list.map((m) => m.cpu)) });
  return {
    first: medians(results.map((result) => result.first)),
    collapse: medians(toggles.map((t) => t.collapse)),
    expand: medians(toggles.map((t) => t.expand)),
    hidden: toggles[0].hidden,
    perKey: [...word].map((_, i) => medians(keystrokes.map((k) => k.typed[i]))),
    matches: keystrokes[0].typed.map((k) => k.rows),
    clear: medians(keystrokes.map((k) => k.clear)),
    slowest: Math.max(
      ...toggles.flatMap((t) => [t.collapse.time, t.expand.time]),
      ...keystrokes.flatMap((k) => [...k.typed.map((t) => t.time), k.clear.time]),
    ),
  };
}
