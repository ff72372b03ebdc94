// The benchmark page of MetadataEditor (bench/metadataEditorPage.mjs): the editor over 100,000-node
// public metadata embedded in the HTML, with the user's actions measured from the event to the next
// paint, and the longest main-thread task while the page settles after each.
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { HankoUserMetadata } from '../src/core/HankoUserMetadata';
import type { JsonObject, JsonValue } from '../src/core/json';
import { MetadataEditor } from '../src/components/MetadataEditor';
import { frame } from './viewerPage';
// Both stylesheets, as an app that edits links them: bundled next to the page.
import '../src/styles.css';
import '../src/editor.css';

/** The two documents the page is given: the user's metadata, and the same after another admin changed many values. */
interface EditorData {
  base: HankoUserMetadata;
  other: HankoUserMetadata;
}

/** One action: ms to the next paint, ms until what it shows is there, and the longest task meanwhile. */
export interface EditorTiming {
  time: number;
  shown: number;
  longestTask: number;
}

let data: EditorData | undefined;
let root: Root | undefined;
let saved = 0;
// The text `paste` pastes, made before it is timed.
let pasteText = '';
// Long tasks, and long animation frames: a frame's style, layout and paint run in a task of their own,
// which the long task API leaves out.
const longTasks: PerformanceEntry[] = [];
for (const type of ['longtask', 'long-animation-frame']) {
  new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type, buffered: true });
}

const editor = (metadata: HankoUserMetadata) => (
  <MetadataEditor metadata={metadata} onSave={() => void saved++} height={480} />
);
const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));
const query = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector);
const patchText = () => query('.rum-editor-patch')?.textContent ?? '';

/**
 * Times `action`, started in a frame as a user's event is: to the paint after it (`time`), and for
 * each of `shows` to the paint after it first holds. Then waits until the page is quiet (no long task
 * for 200 ms) and gives the longest task or animation frame that ended after the action started: 0
 * when none reached 50 ms, the APIs' floor.
 */
async function measure<Shown extends string>(
  action: () => void,
  shows: Record<Shown, () => boolean>,
): Promise<{ time: number; shown: Record<Shown, number>; longestTask: number }> {
  // A frame boundary first: work done to prepare the step (parsing a document) ends in an earlier frame,
  // so no long animation frame of it is counted.
  await nextFrame();
  const seen = longTasks.length;
  let start = 0;
  const time = await frame(() => {
    start = performance.now();
    action();
  });
  const shown: Partial<Record<Shown, number>> = {};
  const names = Object.keys(shows) as Shown[];
  let paintedAt = start + time;
  for (;;) {
    for (const name of names) if (shown[name] === undefined && shows[name]()) shown[name] = paintedAt - start;
    if (names.every((name) => shown[name] !== undefined)) break;
    if (paintedAt - start > 30_000) throw new Error(`never shown: ${names.filter((name) => shown[name] === undefined).join(', ')}`);
    paintedAt = await nextFrame();
  }
  let quietSince = performance.now();
  let counted = longTasks.length;
  while (performance.now() - quietSince < 200) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    if (longTasks.length !== counted) [counted, quietSince] = [longTasks.length, performance.now()];
  }
  const tasks = longTasks.slice(seen).filter((task) => task.startTime + task.duration >= start);
  return { time, shown: shown as Record<Shown, number>, longestTask: Math.max(0, ...tasks.map((task) => task.duration)) };
}

const step = ({ time, shown, longestTask }: { time: number; shown: Record<string, number>; longestTask: number }, name: string): EditorTiming => ({
  time,
  shown: shown[name] as number,
  longestTask,
});

const budgetsCounted = () => document.querySelectorAll('.rum-editor-budget:not([data-state="counting"])').length === 3;

/** Sets the first leaf of `value` (first member at every level, where ArrowRight from the top leads) to `text`. */
function setFirstLeaf(value: JsonObject, text: string) {
  let container: JsonObject | JsonValue[] = value;
  for (;;) {
    const key: string | number = Array.isArray(container) ? 0 : (Object.keys(container)[0] as string);
    const member = (container as Record<string | number, JsonValue>)[key];
    if (member === null || typeof member !== 'object' || Object.keys(member).length === 0) {
      (container as Record<string | number, JsonValue>)[key] = text;
      return;
    }
    container = member as JsonObject | JsonValue[];
  }
}

/** Sets an input's value as typing does (React reads it through its own setter). */
function type(input: HTMLInputElement, value: string) {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const key = (target: Element, name: string) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));

/**
 * Walks down public metadata with ArrowRight from its first row, as a keyboard user does (each key
 * opens the focused container or moves into it), to the first leaf; returns its row, focused.
 */
async function firstLeafRow(): Promise<HTMLElement> {
  query('[data-category="public_metadata"] [role="treeitem"][tabindex="0"]')?.focus();
  for (let step = 0; step < 100; step++) {
    const row = document.activeElement as HTMLElement | null;
    if (row?.getAttribute('role') !== 'treeitem') throw new Error('no row has focus');
    if (!row.hasAttribute('aria-expanded')) return row;
    key(row, 'ArrowRight');
    await nextFrame();
  }
  throw new Error('no leaf within 100 steps');
}

const bench = {
  /** Parses the embedded documents (not timed: the app has its data before it renders). */
  prepare() {
    const script = document.getElementById('data');
    data = JSON.parse(script?.textContent ?? 'null') as EditorData;
    script?.remove();
  },
  /** Renders the editor over the base document: to the first paint, and until every budget is counted. */
  async open(): Promise<EditorTiming> {
    const container = document.getElementById('root') as HTMLElement;
    const counted = budgetsCounted;
    const render = () => {
      root = createRoot(container);
      flushSync(() => root?.render(editor((data as EditorData).base)));
    };
    return step(await measure(render, { counted }), 'counted');
  },
  /**
   * Focus on public metadata's first row and F2 in the same task, as a user who is faster than the editing
   * parts (the editor loads them on its first focus): until the row's inputs are shown, the wait for the
   * parts counted (here their evaluation: the bench's bundle has them in it, with no network fetch).
   */
  async firstEdit(): Promise<EditorTiming> {
    const row = query<HTMLElement>('[data-category="public_metadata"] [role="treeitem"][tabindex="0"]');
    if (!row) throw new Error('no row to edit');
    const form = () => query('[data-part="form"]') !== null;
    const focusAndEdit = () => {
      row.focus();
      key(row, 'F2');
    };
    return step(await measure(focusAndEdit, { form }), 'form');
  },
  /** Escape in the first edit's inputs (not timed): the row as it was, to walk from. */
  async cancelEdit(): Promise<void> {
    const input = query('[data-part="form"] select');
    if (!input) throw new Error('no inputs to cancel');
    key(input, 'Escape');
    await nextFrame();
  },
  /** Walks to the first leaf of public metadata by keyboard (not timed), to edit it. */
  async reachLeaf(): Promise<void> {
    await firstLeafRow();
  },
  /** F2 on the focused row: until its inputs are shown. */
  async startEdit(): Promise<EditorTiming> {
    const row = document.activeElement as HTMLElement;
    const form = () => query('[data-part="form"]') !== null;
    return step(await measure(() => key(row, 'F2'), { form }), 'form');
  },
  /** Types a new string in the row's inputs, as a user does (not timed). */
  async typeValue(value: string): Promise<void> {
    // The leaf may hold a number, a boolean or null: it becomes a string first, with the type select.
    const select = query<HTMLSelectElement>('[data-part="form"] select');
    if (select && select.value !== 'string') {
      select.value = 'string';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await nextFrame();
    }
    const input = query<HTMLInputElement>('[data-part="form"] .rum-editor-value');
    if (!input) throw new Error('no value input');
    type(input, value);
    await nextFrame();
  },
  /** Enter in the value input: until the row is shown without its inputs, and until the patch holds `value`. */
  async commit(value: string): Promise<{ commit: EditorTiming; review: EditorTiming }> {
    const input = query<HTMLInputElement>('[data-part="form"] .rum-editor-value');
    if (!input) throw new Error('no value input');
    const row = () => query('[data-part="form"]') === null;
    const patch = () => patchText().includes(JSON.stringify(value));
    const timing = await measure(() => key(input, 'Enter'), { row, patch });
    return { commit: step(timing, 'row'), review: step(timing, 'patch') };
  },
  /**
   * Another admin's save arrives (new metadata, many values changed) under the draft with its one
   * change: the editor diffs the two 100,000-node documents and shows theirs against mine.
   */
  async conflict(): Promise<EditorTiming> {
    const shown = () => query('.rum-editor-conflict') !== null;
    return step(await measure(() => flushSync(() => root?.render(editor((data as EditorData).other))), { shown }), 'shown');
  },
  /** "Keep both": the draft moves onto their metadata; until the conflict is gone and every budget is counted again. */
  async keepBoth(): Promise<EditorTiming> {
    const button = query<HTMLButtonElement>('.rum-editor-conflict > button');
    if (!button) throw new Error('no rebase button');
    const settled = () => query('.rum-editor-conflict') === null && budgetsCounted();
    return step(await measure(() => button.click(), { settled }), 'settled');
  },
  /**
   * The save's answer arrives: their metadata with my value, parsed afresh (no object shared with the
   * draft), so the editor takes it as the new base and counts it again; until every budget is counted.
   */
  async saveAnswer(value: string): Promise<EditorTiming> {
    const answer = JSON.parse(JSON.stringify((data as EditorData).other)) as HankoUserMetadata;
    setFirstLeaf(answer.public_metadata as JsonObject, value);
    const settled = () => budgetsCounted() && patchText() === '';
    return step(await measure(() => flushSync(() => root?.render(editor(answer))), { settled }), 'settled');
  },
  /**
   * Not timed: the editor over the base's public metadata as the one member `document` of a category,
   * every budget counted, and the other document's text ready to paste.
   */
  async preparePaste(): Promise<void> {
    const { base, other } = data as EditorData;
    flushSync(() => root?.render(editor({ public_metadata: { document: base.public_metadata as JsonObject } })));
    while (!(budgetsCounted() && query('[data-category="public_metadata"] [role="treeitem"]'))) await nextFrame();
    pasteText = JSON.stringify(other.public_metadata);
  },
  /**
   * The other document (100,000 nodes, one string in ten changed) pasted onto the `document` row: its
   * reading, the draft, the diff of two documents of that size and the patch; until the review lists
   * its changes and every budget is counted again.
   */
  async paste(): Promise<EditorTiming> {
    const row = query('[data-category="public_metadata"] [role="treeitem"]');
    if (!row) throw new Error('no document row');
    row.focus();
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', pasteText);
    // Before the paste nothing differs: "0 changes".
    const listed = () => budgetsCounted() && /^[1-9][\d,]* changes$/.test(query('.rum-editor-review h3')?.textContent ?? '');
    const paste = () => row.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    return step(await measure(paste, { listed }), 'listed');
  },
  patch: patchText,
  elements: () => document.getElementsByTagName('*').length,
};

declare global {
  interface Window {
    editorBench: typeof bench;
  }
}
window.editorBench = bench;
// openPage waits for `window.bench` and calls its `prepare`.
(window as unknown as { bench: { prepare: () => void } }).bench = { prepare: bench.prepare };
