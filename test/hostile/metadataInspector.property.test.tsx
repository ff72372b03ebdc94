import { act, cleanup, fireEvent, render, within } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MetadataInspector } from '../../src/components/MetadataInspector';
import { createHankoClient } from '../../src/core/createHankoClient';
import type { HankoUserMetadata } from '../../src/core/HankoUserMetadata';
import { hostileKey, jsonText } from './arbitraries';
import { CATEGORIES } from './oracles';
import { readJsonPath } from './readJsonPath';

// End to end: response text → Hanko client → MetadataInspector, then every row read back through the
// UI the way an admin uses it (reveal, expand all, copy path, copy value).

const RUNS = 100;

/** A category object with hostile keys; members of any JSON shape, bounded so every row can be visited. */
const categoryText = fc
  .array(fc.tuple(hostileKey, jsonText(3)), { minLength: 1, maxLength: 5 })
  .map((entries) => `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${value}`).join(',')}}`);
const wideCategoryText = fc
  .array(fc.tuple(hostileKey, fc.constantFrom('1', '"x"', 'null', '[]', '{}')), { minLength: 20, maxLength: 40 })
  .map((entries) => `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${value}`).join(',')}}`);
const deepCategoryText = fc
  .tuple(fc.integer({ min: 20, max: 60 }), hostileKey)
  .map(([depth, key]) => `{${`${JSON.stringify(key)}:{`.repeat(depth)}"leaf":[9007199254740993]${'}'.repeat(depth)}}`);

const responseText = fc
  .tuple(
    ...CATEGORIES.map((category) =>
      fc.option(
        fc
          .oneof({ arbitrary: categoryText, weight: 8 }, wideCategoryText, deepCategoryText)
          .map((text) => `${JSON.stringify(category)}:${text}`),
        { nil: undefined, freq: 3 },
      ),
    ),
  )
  .map((members) => `{${members.filter((member) => member !== undefined).join(',')}}`);

/** Every node below `value` in document order, with the keys leading to it (own keys, JS key order). */
function nodesOf(value: unknown, path: (string | number)[] = []): { keys: (string | number)[]; value: unknown }[] {
  const out: { keys: (string | number)[]; value: unknown }[] = [];
  const stack: { keys: (string | number)[]; value: unknown }[] = [{ keys: path, value }];
  while (stack.length) {
    const node = stack.pop() as { keys: (string | number)[]; value: unknown };
    if (node.keys.length > path.length) out.push(node);
    const v = node.value;
    if (typeof v !== 'object' || v === null) continue;
    const children = Array.isArray(v)
      ? v.map((child, index) => ({ keys: [...node.keys, index], value: child }))
      : Object.keys(v).map((key) => ({
          keys: [...node.keys, key],
          value: Object.getOwnPropertyDescriptor(v, key)?.value,
        }));
    stack.push(...children.reverse());
  }
  return out;
}

// An empty key renders as empty text (a CSS marker shows it), so it cannot read like a key made of two quotes.
const keyText = (key: string | number) => String(key);

// Each copy re-renders the whole tree, so copies are checked on up to 6 rows per tree, spread from
// first to last (the deepest row of a deep category is the last); keys are checked on every row.
const COPIED_ROWS = 6;
const sampled = (count: number): Set<number> =>
  new Set(
    count <= COPIED_ROWS
      ? Array.from({ length: count }, (_, index) => index)
      : Array.from({ length: COPIED_ROWS }, (_, index) => Math.round((index * (count - 1)) / (COPIED_ROWS - 1))),
  );

afterEach(() => {
  Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
});

describe('MetadataInspector with any metadata a Hanko response can carry (property)', () => {
  it(`shows every key exactly, and copies paths and values that lead back to their node (${RUNS} runs)`, async () => {
    // Never settles, so the tree's "Copied" announcement does not update state after the test's act().
    const writeText = vi.fn((_text: string) => new Promise<void>(() => {}));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    let runs = 0;
    let rowsChecked = 0;
    await fc.assert(
      fc.asyncProperty(responseText, async (text) => {
        runs += 1;
        cleanup();
        const fetch = async () => new Response(text, { headers: { 'content-type': 'application/json' } });
        const metadata = (await createHankoClient({ baseUrl: 'https://t.hanko.io/admin', fetch }).getUserMetadata(
          '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
        )) as HankoUserMetadata | null;
        const sent = JSON.parse(text) as Record<string, unknown>;
        const { container } = render(
          <MetadataInspector metadata={metadata} defaultExpandDepth={Number.POSITIVE_INFINITY} height={1_000_000} />,
        );
        const reveal = within(container).queryByRole('button', { name: 'Reveal private metadata' });
        if (reveal) fireEvent.click(reveal);

        for (const category of CATEGORIES) {
          const section = container.querySelector(`[data-category="${category}"]`) as HTMLElement;
          const expected = metadata?.[category] ? nodesOf(sent[category], [category]) : [];
          const rows = section ? within(section).queryAllByRole('treeitem') : [];
          expect(rows).toHaveLength(expected.length);
          if (rows.length === 0) continue;
          const title = (section.querySelector('h3') as HTMLElement).textContent;
          const copyPath = within(section).getByRole('button', { name: `Copy path ${title}` });
          const copyValue = within(section).getByRole('button', { name: `Copy value ${title}` });
          const shownKeys = rows.map((row) => row.querySelector('.rum-json-key')?.textContent);
          expect(shownKeys).toEqual(expected.map((node) => keyText(node.keys.at(-1) as string | number)));
          const copied = sampled(rows.length);
          rows.forEach((row, index) => {
            const node = expected[index] as { keys: (string | number)[]; value: unknown };
            if (!copied.has(index)) return;
            act(() => row.focus());
            fireEvent.click(copyPath);
            const path = writeText.mock.lastCall?.[0] as string;
            const reached = readJsonPath(sent, path);
            expect(reached?.keys, `path ${path}`).toEqual(node.keys);
            fireEvent.click(copyValue);
            // Numbers are copied as Hanko sent them (9007199254740993, 1.0): read back, the same value.
            const copiedValue = writeText.mock.lastCall?.[0] as string;
            expect(JSON.stringify(JSON.parse(copiedValue))).toBe(JSON.stringify(node.value));
            rowsChecked += 1;
          });
        }
        expect(container.querySelector('script, img, iframe, object, embed, svg, style, link')).toBeNull();
        expect(Object.keys(Object.prototype)).toEqual([]);
        if (metadata === null) expect(container.textContent).toContain('This user has no metadata');
      }),
      { numRuns: RUNS },
    );
    expect(runs).toBeGreaterThanOrEqual(RUNS);
    // The rows are the point: make sure many were actually walked.
    expect(rowsChecked).toBeGreaterThan(RUNS * 5);
  }, 120_000);
});
