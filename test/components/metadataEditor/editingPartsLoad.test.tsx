import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HankoUserMetadata } from '../../../src/core/HankoUserMetadata';
import { heldModuleLoad } from './heldModuleLoad';

// The editor's editing parts, loaded on demand, held back (or failed) until each test says so.
const partsLoad = heldModuleLoad('../../../src/components/metadataEditor/editingParts');

const metadata: HankoUserMetadata = {
  public_metadata: { role: 'user', tags: ['a'] },
  private_metadata: {},
  unsafe_metadata: { theme: 'dark' },
};

const patchText = () => document.querySelector('.rum-editor-patch')?.textContent;
const editorStatus = () => document.querySelector('.rum-metadata-editor > [role="status"]') as HTMLElement;
const rowWaiting = (name: RegExp) => row(name).querySelector('.rum-editor-waiting[data-state="loading"]');
const row = (name: RegExp) => within(screen.getByRole('tree', { name: 'Public metadata' })).getByRole('treeitem', { name });

// Each test starts with nothing loaded on demand: a fresh copy of the editor and of its loaders' memory.
async function setup() {
  await partsLoad.finished;
  vi.resetModules();
  partsLoad.loads = 0;
  partsLoad.hold();
  const { MetadataEditor } = await import('../../../src/components/MetadataEditor');
  const view = render(
    <>
      <MetadataEditor metadata={metadata} onSave={() => undefined} />
      <button type="button">Elsewhere on the page</button>
      <p>Plain text elsewhere on the page</p>
    </>,
  );
  return { ...view, user: userEvent.setup() };
}

/** Renders the editor and presses `key` on the `role` row while the editing parts are still loading (held). */
async function askOnRoleWhileLoading(key: string) {
  const view = await setup();
  row(/^role/).focus();
  await view.user.keyboard(key);
  await waitFor(() => expect(partsLoad.loads).toBe(1));
  return view;
}

afterEach(() => {
  // A load a failed test left held would keep the next test's setup waiting.
  partsLoad.release();
  vi.doUnmock('../../../src/components/metadataEditor/editingParts');
});

describe('MetadataEditor while its editing parts load', () => {
  it('renders the trees, budgets and bar without them, and starts loading them on the first focus', async () => {
    await setup();
    expect(screen.getAllByRole('meter')).toHaveLength(3);
    expect(partsLoad.loads).toBe(0);
    // No review before the parts: there is nothing to review yet.
    expect(screen.queryByRole('heading', { name: 'Patch to send' })).toBeNull();
    row(/^role/).focus();
    await waitFor(() => expect(partsLoad.loads).toBe(1));
    partsLoad.release();
    expect(await screen.findByRole('heading', { name: 'Patch to send' })).toBeInTheDocument();
  });

  it('shows the row busy when F2 comes first, then opens its form; a later edit meanwhile is not kept', async () => {
    const { user } = await setup();
    row(/^role/).focus();
    await user.keyboard('{F2}');
    expect(rowWaiting(/^role/)).toHaveTextContent('Loading the editor…');
    expect(editorStatus()).toHaveTextContent('Loading the editor…');
    expect(screen.queryByRole('textbox', { name: 'Value' })).toBeNull();
    // Delete on another row while the parts load: it would act on a path the first edit may change.
    await user.keyboard('{ArrowDown}{Delete}');
    // One load for the focus, F2 and Delete.
    await waitFor(() => expect(partsLoad.loads).toBe(1));
    partsLoad.release();
    const value = await screen.findByRole('textbox', { name: 'Value' });
    expect(value).toHaveValue('user');
    expect(screen.getByRole('tree', { name: 'Public metadata' }).querySelector('.rum-editor-waiting')).toBeNull();
    await user.keyboard('{Escape}');
    expect(patchText()).toBeUndefined();
    expect(row(/^tags/)).not.toHaveAttribute('data-change');
  });

  it('drops an edit whose place the user left for another part of the page before they arrive: its form takes no focus', async () => {
    const { user } = await askOnRoleWhileLoading('{F2}');
    const elsewhere = screen.getByRole('button', { name: 'Elsewhere on the page' });
    await user.click(elsewhere);
    partsLoad.release();
    expect(await screen.findByRole('heading', { name: 'Patch to send' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Value' })).toBeNull();
    expect(elsewhere).toHaveFocus();
    expect(document.querySelector('.rum-editor-waiting')).toBeNull();
    // Back on the row, the same key does what it says at once.
    row(/^role/).focus();
    await user.keyboard('{F2}');
    expect(screen.getByRole('textbox', { name: 'Value' })).toHaveValue('user');
  });

  it('drops an edit when the user clicks plain text elsewhere before they arrive: nothing takes focus', async () => {
    const { user } = await askOnRoleWhileLoading('{F2}');
    // Text that cannot take focus: the click leaves focus on the body, while the row it was asked from stays.
    await user.click(screen.getByText('Plain text elsewhere on the page'));
    expect(document.activeElement).toBe(document.body);
    partsLoad.release();
    expect(await screen.findByRole('heading', { name: 'Patch to send' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(document.activeElement).toBe(document.body);
  });

  it('drops a waiting Delete when focus moved on to another category: that tree keeps focus and the row stays', async () => {
    await askOnRoleWhileLoading('{Delete}');
    const theme = within(screen.getByRole('tree', { name: 'Unsafe metadata' })).getByRole('treeitem', { name: /^theme/ });
    theme.focus();
    partsLoad.release();
    expect(await screen.findByRole('heading', { name: 'Patch to send' })).toBeInTheDocument();
    expect(patchText()).toBeUndefined();
    expect(theme).toHaveFocus();
    expect(row(/^role/)).not.toHaveAttribute('data-change');
  });

  it('leaves a failed edit undone when a later focus loads the parts, until it is asked again', async () => {
    const { user } = await askOnRoleWhileLoading('{Delete}');
    partsLoad.fail(new Error('offline'));
    const alert = await within(row(/^role/)).findByRole('alert');
    partsLoad.hold();
    // Moving on to the next row reaches for the editor again: that load succeeds.
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(partsLoad.loads).toBe(2));
    partsLoad.release();
    await partsLoad.finished;
    expect(await screen.findByRole('heading', { name: 'Patch to send' })).toBeInTheDocument();
    expect(patchText()).toBeUndefined();
    expect(row(/^role/)).not.toHaveAttribute('data-change');
    // Retry carries it out, once.
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(patchText()).toBe('{"public_metadata":{"role":null}}'));
    expect(within(row(/^role/)).queryByRole('alert')).toBeNull();
  });

  it('says on the row when they fail to load, with a Retry that loads them again and opens the form', async () => {
    const { user } = await askOnRoleWhileLoading('{F2}');
    partsLoad.fail(new Error('offline'));
    const alert = await within(row(/^role/)).findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the editor.');
    partsLoad.hold();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(rowWaiting(/^role/)).toHaveTextContent('Loading the editor…');
    await waitFor(() => expect(partsLoad.loads).toBe(2));
    partsLoad.release();
    expect(await screen.findByRole('textbox', { name: 'Value' })).toHaveValue('user');
    expect(partsLoad.loads).toBe(2);
  });

  it('retries with the row’s own key after a failure, as a keyboard user would', async () => {
    const { user } = await askOnRoleWhileLoading('{Delete}');
    partsLoad.fail(new Error('offline'));
    expect(await within(row(/^role/)).findByRole('alert')).toHaveTextContent('Could not load the editor.');
    expect(row(/^role/)).toHaveFocus();
    partsLoad.hold();
    await user.keyboard('{Delete}');
    await waitFor(() => expect(partsLoad.loads).toBe(2));
    partsLoad.release();
    // The second Delete is the retry, in place of the first: the row is removed once.
    await waitFor(() => expect(patchText()).toBe('{"public_metadata":{"role":null}}'));
    expect(partsLoad.loads).toBe(2);
  });

  it('adds with a category’s "+" once they load, saying so beside it meanwhile and on a failure', async () => {
    await setup();
    const add = screen.getByRole('button', { name: 'Add Unsafe metadata' });
    // A click with no focus or pointer before it (a script, an assistive technology).
    fireEvent.click(add);
    expect(add).toHaveAttribute('aria-busy', 'true');
    expect(add.closest('section')?.querySelector('.rum-editor-waiting[data-state="loading"]')).toHaveTextContent('Loading the editor…');
    expect(editorStatus()).toHaveTextContent('Loading the editor…');
    await waitFor(() => expect(partsLoad.loads).toBe(1));
    partsLoad.fail(new Error('offline'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the editor.');
    partsLoad.hold();
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(partsLoad.loads).toBe(2));
    partsLoad.release();
    await waitFor(() => expect(patchText()).toBe('{"unsafe_metadata":{"key":""}}'));
    expect(add).not.toHaveAttribute('aria-busy');
  });
});
