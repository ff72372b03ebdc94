// The benchmark page of our own viewer: JsonTree (with its toolbar) over the data embedded in the HTML,
// with the interactions measured at 100,000 nodes (collapse and expand a node, type in the search box).
// The tree alone, as the other viewers' pages show theirs alone: MetadataInspector adds only its section
// headings around the same tree.
import { JsonTree } from '../src/components/JsonTree';
import type { JsonValue } from '../src/core/json';
import { frame, viewerBench } from './viewerPage';

const rows = () => Number(document.querySelector('.rum-json-tree')?.getAttribute('data-rows'));
const firstContainerRow = () => document.querySelector<HTMLElement>('[role="treeitem"][aria-level="1"][aria-expanded]');
const setSearch = (value: string) => {
  const input = document.querySelector<HTMLInputElement>('input[type="search"]');
  if (!input) throw new Error('no search box');
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
};

const bench = {
  // Every container open, or only the top level (`expanded: false`).
  ...viewerBench(
    (data, expanded) => (
      <JsonTree
        value={data as JsonValue}
        label="Public metadata"
        path="public_metadata"
        defaultExpandDepth={expanded ? Number.POSITIVE_INFINITY : 0}
      />
    ),
    rows,
  ),
  /** Clicks the chevron of the first top-level container (to collapse or expand it, as a user would); ms and rows after. */
  async clickFirstContainer() {
    const chevron = firstContainerRow()?.querySelector<HTMLElement>('[data-part="chevron"]');
    if (!chevron) throw new Error('no top-level container');
    const time = await frame(() => chevron.click());
    return { time, rows: rows() };
  },
  /** Sets the search box's text, as one keystroke does; ms and rows after. */
  async search(text: string) {
    const time = await frame(() => setSearch(text));
    return { time, rows: rows() };
  },
};

window.bench = bench;
