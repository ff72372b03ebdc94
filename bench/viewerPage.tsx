// What every benchmark page exposes to bench/run.mjs as `window.bench`: the data embedded in the HTML,
// a viewer rendered over it, and the measured actions. Each action starts inside a
// requestAnimationFrame callback and stops in the first task after that frame, so the time covers
// React's render and commit plus the browser's style, layout and paint of the result, without waiting
// for a vsync.
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';

// A viewer's render over the data: every container open, or only the top level.
export type RenderViewer = (data: unknown, expanded: boolean) => ReactNode;

export const frame = (action: () => void) =>
  new Promise<number>((resolve) =>
    requestAnimationFrame(() => {
      const start = performance.now();
      action();
      setTimeout(() => resolve(performance.now() - start), 0);
    }),
  );

/** The actions every page has; `rows` counts the rows the viewer shows, for a sanity check. */
export function viewerBench(render: RenderViewer, rows: () => number) {
  let data: unknown;
  let root: Root | undefined;
  return {
    /** Parses the embedded JSON (not timed: the app has its data before it renders). */
    prepare() {
      const script = document.getElementById('data');
      data = JSON.parse(script?.textContent ?? 'null');
      script?.remove();
    },
    /**
     * Renders and removes an unrelated little React tree, as an app has done long before it shows an
     * inspector: React's own code is then compiled, the viewer's is still cold.
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
    /** Renders the viewer; resolves to render-to-paint ms and the rows it shows. */
    async mount(expanded = true) {
      const container = document.getElementById('root') as HTMLElement;
      const time = await frame(() => {
        root = createRoot(container);
        flushSync(() => root?.render(render(data, expanded)));
      });
      return { time, rows: rows() };
    },
    elements: () => document.getElementsByTagName('*').length,
    unmount() {
      root?.unmount();
      root = undefined;
    },
  };
}

export type ViewerBench = ReturnType<typeof viewerBench>;
