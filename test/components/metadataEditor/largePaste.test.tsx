import { act, fireEvent, render, renderHook, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { MetadataEditor } from '../../../src/components/MetadataEditor';
import { editingPartsModule } from '../../../src/components/metadataEditor/editingPartsModule';
import { LARGE_PASTE } from '../../../src/components/metadataEditor/readPastedJson';
import { toMetadataDraft } from '../../../src/components/metadataEditor/metadataDraftState';
import { useDraftChanges } from '../../../src/components/metadataEditor/useDraftChanges';
import { useMetadataDraft } from '../../../src/components/metadataEditor/useMetadataDraft';
import { diffMetadata } from '../../../src/core/diffMetadata';
import type { JsonObject } from '../../../src/core/json';

/** An object of `count` members, each a small object; `variant` changes one string in ten. */
function document(count: number, variant = ''): JsonObject {
  const value: JsonObject = {};
  for (let index = 0; index < count; index++) {
    value[`member_${index}`] = { name: `name ${index}${index % 10 === 0 ? variant : ''}`, count: index, on: index % 2 === 0 };
  }
  return value;
}

// Each slice of background work stops at its second pause check (about 1,000 members compared),
// whatever the machine's speed: the slices are counted, not timed. A mocked performance.now would also
// drive React's scheduler and Testing Library's waits, and hung this file now and then.
const { countedDeadline } = vi.hoisted(() => ({
  countedDeadline: () => {
    let checks = 0;
    return () => ++checks >= 2;
  },
}));
vi.mock('../../../src/components/metadataEditor/runInSlices', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/components/metadataEditor/runInSlices')>();
  return {
    ...original,
    sliceDeadline: countedDeadline,
    runInSlices: <T,>(step: (pause: () => boolean) => T | undefined, done: (result: T) => void) =>
      original.runInSlices(() => step(countedDeadline()), done),
  };
});

// A draft that differs from its base is diffed with the editing parts, which every edit waits for:
// loaded here, as a page has them by its first edit.
beforeAll(async () => {
  await editingPartsModule.load();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('useDraftChanges', () => {
  it('diffs an edit in the render, at once', () => {
    const base = toMetadataDraft({ public_metadata: { document: document(5_000) } });
    const draft = { ...base, unsafe_metadata: { theme: 'dark' } };
    const { result } = renderHook(() => useDraftChanges(base, draft));
    expect(result.current).toEqual([{ path: ['unsafe_metadata', 'theme'], kind: 'added', after: 'dark' }]);
  });

  it('diffs two large documents a slice at a time, in tasks after the render, to the same changes', async () => {
    const base = toMetadataDraft({ public_metadata: { document: document(5_000) } });
    const draft = toMetadataDraft({ public_metadata: { document: document(5_000, ' changed') } });
    const timeout = vi.spyOn(globalThis, 'setTimeout');
    const { result } = renderHook(() => useDraftChanges(base, draft));
    // The render ran one slice: the diff is not done.
    expect(result.current).toBeUndefined();
    await waitFor(() => expect(result.current).toBeDefined());
    expect(result.current).toEqual(diffMetadata(base, draft));
    expect(result.current).toHaveLength(500);
    // 15,000 members compared, about 1,000 a slice: the diff went on in a task of its own over a dozen times.
    expect(timeout.mock.calls.filter(([, delay]) => delay === 0).length).toBeGreaterThan(10);
  });
});

describe('useMetadataDraft', () => {
  it('says it is diffing (Save waits) until a pasted document is compared, its changes empty meanwhile', async () => {
    const { result } = renderHook(() => useMetadataDraft({ public_metadata: { document: document(5_000) } }, undefined));
    expect(result.current.diffing).toBe(false);
    const json = { ok: true as const, value: document(5_000, ' changed') };
    act(() => void result.current.apply({ type: 'paste', path: ['public_metadata', 'document'], json }));
    expect(result.current.diffing).toBe(true);
    expect(result.current.changes).toEqual([]);
    await waitFor(() => expect(result.current.diffing).toBe(false));
    expect(result.current.changes).toHaveLength(500);
  });
});

describe('MetadataEditor, pasting a large document', () => {
  it('reads it in a task after the paste, diffs it in slices (Counting…), then lists its changes', async () => {
    const before = document(5_000);
    const text = JSON.stringify(document(5_000, ' changed'));
    expect(text.length).toBeGreaterThan(LARGE_PASTE);
    const { container } = render(<MetadataEditor metadata={{ public_metadata: { document: before } }} onSave={() => undefined} />);
    const row = within(screen.getByRole('tree', { name: 'Public metadata' })).getByRole('treeitem', { name: /^document/ });
    const heading = () => container.querySelector('.rum-editor-review h3')?.textContent;
    fireEvent.paste(row, { clipboardData: { getData: () => text } });
    // Not read in the paste's own task.
    expect(container.querySelector('.rum-editor-patch')).toBeNull();
    await waitFor(() => expect(container.querySelector('.rum-editor-patch')).not.toBeNull());
    // The draft holds the paste (its patch is shown) while its diff goes on in later tasks.
    expect(heading()).toBe('Counting…');
    await waitFor(() => expect(heading()).toBe('500 changes'));
    expect(within(container.querySelector('.rum-editor-review') as HTMLElement).getAllByRole('listitem')).toHaveLength(100);
  });

  it('keeps the pasted row (and its focus) under "Only changes" while the diff goes on, then filters', async () => {
    const { container } = render(<MetadataEditor metadata={{ public_metadata: { document: document(1_200) } }} onSave={() => undefined} />);
    const tree = () => screen.getByRole('tree', { name: 'Public metadata' });
    const row = () => within(tree()).getByRole('treeitem', { name: /^document/ });
    // A first change inside the document, so "Only changes" can be turned on and still shows its row.
    const first = within(tree()).getByRole('treeitem', { name: /^member_0:/ });
    first.focus();
    fireEvent.keyDown(first, { key: 'Delete' });
    fireEvent.click(screen.getByRole('button', { name: 'Only changes' }));
    row().focus();
    fireEvent.paste(row(), { clipboardData: { getData: () => JSON.stringify(document(1_200, ' changed')) } });
    await waitFor(() => expect(container.querySelector('.rum-editor-review h3')).toHaveTextContent('Counting…'));
    expect(row()).toHaveFocus();
    await waitFor(() => expect(container.querySelector('.rum-editor-review h3')).toHaveTextContent(/^\d+ changes$/));
    expect(row()).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Only changes' })).toHaveAttribute('aria-pressed', 'true');
    // Filtered again: an unchanged member of the pasted document is not shown.
    fireEvent.keyDown(row(), { key: 'ArrowRight' });
    expect(within(tree()).queryByRole('treeitem', { name: /^member_1:/ })).toBeNull();
    expect(within(tree()).getByRole('treeitem', { name: /^member_10:/ })).toBeInTheDocument();
  });
});
