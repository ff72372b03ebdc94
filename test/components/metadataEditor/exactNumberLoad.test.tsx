import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HankoUserMetadata } from '../../../src/core/HankoUserMetadata';
import { heldModuleLoad } from './heldModuleLoad';

// The lossless parser, loaded on demand, held back (or failed) until each test says so.
const parserLoad = heldModuleLoad('../../../src/core/parseLosslessly');
const holdParserLoad = parserLoad.hold;

const metadata: HankoUserMetadata = {
  public_metadata: { quota: 5, tags: ['a'] },
  private_metadata: {},
  unsafe_metadata: {},
};

const patchText = () => document.querySelector('.rum-editor-patch')?.textContent;
const row = (name: RegExp) => within(screen.getByRole('tree', { name: 'Public metadata' })).getByRole('treeitem', { name });

// Each test starts with the parser not loaded: a fresh copy of the editor and of the loader's memory.
async function setup() {
  // A load the last test released may still be on its way into the module registry about to be reset.
  await parserLoad.finished;
  vi.resetModules();
  parserLoad.loads = 0;
  holdParserLoad();
  const { MetadataEditor } = await import('../../../src/components/MetadataEditor');
  // The editing parts (which load the parser) are there, as once the editor got focus: the number
  // parser's load is what these tests hold.
  const { editingPartsModule } = await import('../../../src/components/metadataEditor/editingPartsModule');
  await editingPartsModule.load();
  render(<MetadataEditor metadata={metadata} onSave={() => undefined} />);
  return userEvent.setup();
}

async function typeQuota(user: ReturnType<typeof userEvent.setup>, text: string) {
  row(/^quota/).focus();
  await user.keyboard('{F2}');
  const value = screen.getByRole('textbox', { name: 'Value' });
  await user.clear(value);
  await user.type(value, text);
  return value;
}

afterEach(() => {
  vi.doUnmock('../../../src/core/parseLosslessly');
});

describe('MetadataEditor while the lossless parser loads', () => {
  it('commits a plain number at once, without loading the parser', async () => {
    const user = await setup();
    await typeQuota(user, '42{Enter}');
    expect(patchText()).toBe('{"public_metadata":{"quota":42}}');
    expect(parserLoad.loads).toBe(0);
  });

  it('keeps the form open and busy until the parser loads, commits once, then closes it', async () => {
    const user = await setup();
    const value = await typeQuota(user, '1.0');
    // Typing such a number starts the load.
    await waitFor(() => expect(parserLoad.loads).toBe(1));
    await user.keyboard('{Enter}');
    const form = value.closest('[data-part="form"]');
    expect(form).toHaveAttribute('aria-busy', 'true');
    expect(value).toHaveAttribute('readonly');
    expect(patchText()).toBeUndefined();
    await user.keyboard('{Enter}');
    parserLoad.release();
    await waitFor(() => expect(patchText()).toBe('{"public_metadata":{"quota":1.0}}'));
    expect(screen.queryByRole('textbox', { name: 'Value' })).toBeNull();
    expect(row(/^quota/)).toHaveFocus();
    // One commit: a single undo step brings the old value back.
    await user.keyboard('{Control>}z{/Control}');
    expect(patchText()).toBeUndefined();
    expect(parserLoad.loads).toBe(1);
  });

  it('commits nothing when the edit was cancelled while the parser loaded', async () => {
    const user = await setup();
    await typeQuota(user, '9007199254740993{Enter}');
    await user.keyboard('{Escape}');
    parserLoad.release();
    // The load has finished and whatever the editor does with it has rendered.
    await act(() => parserLoad.finished);
    expect(parserLoad.loads).toBe(1);
    expect(patchText()).toBeUndefined();
    expect(screen.queryByRole('textbox', { name: 'Value' })).toBeNull();
  });

  it("shows a failed load as the form's problem, and the next Enter tries again", async () => {
    const user = await setup();
    const value = await typeQuota(user, '1.0');
    await waitFor(() => expect(parserLoad.loads).toBe(1));
    await user.keyboard('{Enter}');
    parserLoad.fail(new Error('offline'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load the number reader');
    expect(value).not.toHaveAttribute('readonly');
    expect(patchText()).toBeUndefined();
    holdParserLoad();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(parserLoad.loads).toBe(2));
    parserLoad.release();
    await waitFor(() => expect(patchText()).toBe('{"public_metadata":{"quota":1.0}}'));
  });

  it('pastes JSON with such a number once the parser loads, and says so when it cannot load', async () => {
    await setup();
    const tags = row(/^tags/);
    tags.focus();
    fireEvent.paste(tags, { clipboardData: { getData: () => '[1.0]' } });
    await waitFor(() => expect(parserLoad.loads).toBe(1));
    expect(patchText()).toBeUndefined();
    parserLoad.fail(new Error('offline'));
    expect(await screen.findByText(/Could not load the number reader/)).toBeInTheDocument();
    holdParserLoad();
    fireEvent.paste(row(/^tags/), { clipboardData: { getData: () => '[1.0]' } });
    await waitFor(() => expect(parserLoad.loads).toBe(2));
    parserLoad.release();
    await waitFor(() => expect(patchText()).toBe('{"public_metadata":{"tags":[1.0]}}'));
  });
});
