// The benchmark page: renders MetadataInspector (fully expanded, or collapsed to its top level) over
// the data embedded in the HTML, and exposes the measured actions to bench/run.mjs. Each action starts
// inside a requestAnimationFrame callback and stops in the first task after that frame, so the time
// covers React's render and commit plus the browser's style, layout and paint of the result, without
// waiting for a vsync.
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { MetadataInspector } from '../src/components/MetadataInspector';
import type { JsonObject } from '../src/core/json';

let data: JsonObject | undefined;
let root: Root | undefined;

const frame = (action: () => void) =>
  new Promise<number>((resolve) =>
    requestAnimationFrame(() => {
      const start = performance.now();
      action();
      setTimeout(() => resolve(performance.now() - start), 0);
    }),
  );

const rows = () => Number(document.querySelector('.rum-json-tree')?.getAttribute('data-rows'));
const firstContainerRow = () => document.querySelector<HTMLElement>('[role="treeitem"][aria-level="1"][aria-expanded]');
const setSearch = (value: string) => {
  const input = document.querySelector<HTMLInputElement>('input[type="search"]');
  if (!input) throw new Error('no search box');
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
};

const bench = {
  /** Parses the embedded JSON (not timed: the app has its data before it renders). */
  prepare() {
    const script = document.getElementById('data');
    data = JSON.parse(script?.textContent ?? 'null') as JsonObject;
    script?.remove();
  },
  /**
   * Renders and removes an unrelated little React tree, as an app has done long before it shows an
   * inspector: React's own code is then compiled, the inspector's is still cold.
   */
  warmUp() {
    const container = document.createElement('div');
    document.body.append(container);
    const other = createRoot(container);
    flushSync(() =>
      other.render(
        <ul>
          {Array.from({ length: 50 }, (_, i) => (
            // Keyed by index: the list is static and rendered once.
            <li key={i} className={`item-${i}`} style={{ paddingLeft: i }}>
              <span>{`item ${i}`}</span>
              <button type="button" onClick={() => {}}>
                {i}
              </button>
            </li>
          ))}
        </ul>,
      ),
    );
    other.unmount();
    container.remove();
  },
  /**
   * Renders the inspector, every container open (or only the top level, `expanded: false`); resolves
   * to render-to-paint ms and the row count.
   */
  async mount(expanded = true) {
    const container = document.getElementById('root') as HTMLElement;
    const time = await frame(() => {
      root = createRoot(container);
      const metadata = { public_metadata: data as JsonObject };
      flushSync(() => root?.render(<MetadataInspector metadata={metadata} defaultExpandDepth={expanded ? Infinity : 0} />));
    });
    return { time, rows: rows() };
  },
  elements: () => document.getElementsByTagName('*').length,
  unmount() {
    root?.unmount();
    root = undefined;
  },
  /** Clicks the first top-level container (to collapse or expand it, as a user would); ms and rows after. */
  async clickFirstContainer() {
    const row = firstContainerRow();
    if (!row) throw new Error('no top-level container');
    const time = await frame(() => row.click());
    return { time, rows: rows() };
  },
  /** Sets the search box's text, as one keystroke does; ms and rows after. */
  async search(text: string) {
    const time = await frame(() => setSearch(text));
    return { time, rows: rows() };
  },
};

declare global {
  interface Window {
    bench: typeof bench;
  }
}
window.bench = bench;
