import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { MetadataEditor } from '../../src/components/MetadataEditor';
import { exactNumber } from '../../src/core/exactNumber';
import type { HankoMetadataPatch } from '../../src/core/HankoMetadataPatch';
import type { HankoUserMetadata } from '../../src/core/HankoUserMetadata';
import type { StandardSchemaV1 } from '../../src/core/StandardSchema';
import { editingPartsModule } from '../../src/components/metadataEditor/editingPartsModule';

const metadata: HankoUserMetadata = {
  public_metadata: { role: 'user', quota: exactNumber('9007199254740993'), tags: ['a'] },
  private_metadata: { stripe: 'cus_1' },
  unsafe_metadata: { theme: 'dark' },
};

const tree = (name: string) => screen.getByRole('tree', { name });
const row = (treeName: string, name: RegExp) => within(tree(treeName)).getByRole('treeitem', { name });
const editorStatus = () => document.querySelector('.rum-metadata-editor > [role="status"]') as HTMLElement;
const patchText = () => document.querySelector('.rum-editor-patch')?.textContent;

function setup(props: Partial<Parameters<typeof MetadataEditor>[0]> = {}) {
  const onSave = vi.fn((_patch: HankoMetadataPatch) => undefined);
  const user = userEvent.setup();
  const view = render(<MetadataEditor metadata={metadata} onSave={onSave} {...props} />);
  return { onSave, user, ...view };
}

// These tests are about editing: the editing parts are loaded, as a page's are once the editor got focus
// or a pointer. Edits asked for while they load, and a failed load, are editingPartsLoad.test.tsx's.
beforeAll(async () => {
  await editingPartsModule.load();
});

describe('MetadataEditor by keyboard', () => {
  it('edits a value with F2, commits with Enter, and shows the exact patch', async () => {
    const { user, onSave } = setup();
    row('Public metadata', /^role/).focus();
    await user.keyboard('{F2}');
    const value = screen.getByRole('textbox', { name: 'Value' });
    await user.clear(value);
    await user.type(value, 'admin{Enter}');
    expect(row('Public metadata', /^role/)).toHaveFocus();
    expect(row('Public metadata', /^role/)).toHaveAttribute('data-change', 'changed');
    expect(patchText()).toBe('{"public_metadata":{"role":"admin"}}');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith({ public_metadata: { role: 'admin' } }, expect.anything());
  });

  it('cancels with Escape, leaving the draft as it was', async () => {
    const { user } = setup();
    row('Public metadata', /^role/).focus();
    await user.keyboard('{F2}');
    await user.type(screen.getByRole('textbox', { name: 'Value' }), 'zzz{Escape}');
    expect(screen.queryByRole('textbox', { name: 'Value' })).toBeNull();
    expect(patchText()).toBeUndefined();
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('keeps a number exact, refuses text that is not one, and changes a type', async () => {
    const { user } = setup();
    row('Public metadata', /^quota/).focus();
    await user.keyboard('{F2}');
    const value = screen.getByRole('textbox', { name: 'Value' });
    await user.clear(value);
    await user.type(value, 'lots{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Not a number');
    await user.clear(value);
    await user.type(value, '12345678901234567890.0{Enter}');
    // Such a number commits once the lossless parser, loaded on demand as it is typed, is there.
    await waitFor(() => expect(patchText()).toBe('{"public_metadata":{"quota":12345678901234567890.0}}'));
  });

  it('removes with Delete and undoes with Ctrl+Z, redoes with Ctrl+Shift+Z', async () => {
    const { user } = setup();
    row('Unsafe metadata', /^theme/).focus();
    await user.keyboard('{Delete}');
    expect(patchText()).toBe('{"unsafe_metadata":null}');
    expect(editorStatus()).toHaveTextContent('Removed unsafe_metadata.theme');
    await user.keyboard('{Control>}z{/Control}');
    expect(patchText()).toBeUndefined();
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(patchText()).toBe('{"unsafe_metadata":null}');
  });

  it('adds a member with Insert and names it in place', async () => {
    const { user } = setup();
    row('Unsafe metadata', /^theme/).focus();
    await user.keyboard('{Insert}');
    const key = screen.getByRole('textbox', { name: 'Key' });
    expect(key).toHaveFocus();
    await user.clear(key);
    await user.type(key, 'locale');
    await user.type(screen.getByRole('textbox', { name: 'Value' }), 'de{Enter}');
    expect(patchText()).toBe('{"unsafe_metadata":{"locale":"de"}}');
  });

  it('steps through the changes with next and previous, announcing each', async () => {
    const { user } = setup();
    row('Unsafe metadata', /^theme/).focus();
    await user.keyboard('{Delete}');
    row('Public metadata', /^role/).focus();
    await user.keyboard('{Delete}');
    await user.click(screen.getByRole('button', { name: 'Next change' }));
    expect(editorStatus()).toHaveTextContent('removed public_metadata.role, 1 of 2');
    await user.click(screen.getByRole('button', { name: 'Previous change' }));
    expect(editorStatus()).toHaveTextContent('removed unsafe_metadata.theme, 2 of 2');
    expect(screen.getByText('unsafe_metadata.theme').closest('li')).toHaveAttribute('aria-current', 'true');
  });

  it('pastes JSON into the focused row (with a number kept exact once the lossless parser has loaded)', async () => {
    setup();
    const target = row('Public metadata', /^tags/);
    target.focus();
    fireEvent.paste(target, { clipboardData: { getData: () => '[1.0, "b"]' } });
    await waitFor(() => expect(patchText()).toBe('{"public_metadata":{"tags":[1.0,"b"]}}'));
  });
});

describe('MetadataEditor limits and access', () => {
  it('disables Save and says by how much a category is over the limit', async () => {
    const big = { ...metadata, unsafe_metadata: { theme: 'x'.repeat(2990) } };
    render(<MetadataEditor metadata={big} onSave={() => undefined} />);
    const meter = screen.getByRole('meter', { name: 'Unsafe metadata' });
    expect(meter).toHaveAttribute('aria-valuetext', '3,002 / 3,000, 2 characters over the limit');
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('keeps Save off while a large category is still being counted, then shows its budget', async () => {
    const long = { ...metadata, unsafe_metadata: { list: Array.from({ length: 1200 }, () => 0) } };
    const { onSave } = setup({ metadata: long });
    const meter = () => screen.getByRole('meter', { name: 'Unsafe metadata' });
    expect(meter()).toHaveAttribute('aria-valuetext', '2,410 / 3,000');
    // A clock that runs fast: every slice of counting ends at its first look at it (after 512 members), so
    // the slice in the render and the one in its effect leave the 1,201 new members uncounted.
    let now = performance.now();
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => (now += 100));
    const target = row('Unsafe metadata', /^list/);
    target.focus();
    fireEvent.paste(target, { clipboardData: { getData: () => JSON.stringify(Array.from({ length: 1201 }, () => 1)) } });
    expect(meter()).toHaveAttribute('aria-valuetext', 'Counting…');
    expect(meter()).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    // The next slice (a task after the paint) finishes the count.
    await waitFor(() => expect(meter()).toHaveAttribute('aria-valuetext', '2,412 / 3,000'));
    clock.mockRestore();
    expect(meter()).not.toHaveAttribute('aria-busy');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  it('keeps private metadata out of the page and uneditable until revealed', async () => {
    const { user } = setup();
    expect(screen.queryByRole('tree', { name: 'Private metadata' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Reveal private metadata' }));
    expect(row('Private metadata', /^stripe/)).toBeInTheDocument();
  });

  it('refuses to edit a read-only path and says why', async () => {
    const { user } = setup({ readOnlyPaths: [['public_metadata', 'role']] });
    row('Public metadata', /^role/).focus();
    await user.keyboard('{Delete}');
    expect(editorStatus()).toHaveTextContent('This value is read-only.');
    expect(patchText()).toBeUndefined();
  });

  it('shows a schema issue on its row and keeps Save off until it is fixed', async () => {
    const schema: StandardSchemaV1 = {
      '~standard': {
        version: 1,
        vendor: 'test',
        validate: (value) =>
          (value as { theme?: unknown }).theme === 'dark' || (value as { theme?: unknown }).theme === 'light'
            ? { value }
            : { issues: [{ message: 'Pick dark or light', path: ['theme'] }] },
      },
    };
    const { user } = setup({ schemas: { unsafe_metadata: schema } });
    row('Unsafe metadata', /^theme/).focus();
    await user.keyboard('{F2}');
    const value = screen.getByRole('textbox', { name: 'Value' });
    await user.clear(value);
    await user.type(value, 'blue{Enter}');
    await act(async () => {});
    expect(row('Unsafe metadata', /^theme/)).toHaveTextContent('Pick dark or light');
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('shows new metadata under a changed draft as a conflict, and keeps both on rebase', async () => {
    const { user, rerender, onSave } = setup();
    row('Public metadata', /^role/).focus();
    await user.keyboard('{Delete}');
    rerender(<MetadataEditor metadata={{ ...metadata, unsafe_metadata: { theme: 'light' } }} onSave={onSave} />);
    // The conflict view loads on demand: only a conflict needs it.
    const conflict = await screen.findByRole('alert', { name: /Someone else changed/ });
    expect(within(conflict).getByRole('heading', { name: 'Their changes' }).nextSibling).toHaveTextContent(
      'unsafe_metadata.theme "dark" → "light"',
    );
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Keep both and review' }));
    expect(screen.queryByRole('alert', { name: /Someone else changed/ })).toBeNull();
    expect(patchText()).toBe('{"public_metadata":{"role":null}}');
    expect(row('Unsafe metadata', /^theme/)).toHaveTextContent('light');
    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();
  });

  it('lists a long diff a page at a time', async () => {
    const { user } = setup();
    const target = row('Public metadata', /^tags/);
    target.focus();
    const items = Array.from({ length: 250 }, (_, index) => index);
    fireEvent.paste(target, { clipboardData: { getData: () => JSON.stringify(items) } });
    const review = screen.getByRole('region', { name: '250 changes' });
    const listed = () => within(review).getAllByRole('listitem').length;
    expect(listed()).toBe(100);
    await user.click(within(review).getByRole('button', { name: 'Show 100 more of 150' }));
    expect(listed()).toBe(200);
    await user.click(within(review).getByRole('button', { name: 'Show 50 more of 50' }));
    expect(listed()).toBe(250);
    expect(within(review).queryByRole('button', { name: /^Show/ })).toBeNull();
  });

  it('shows the change that previous steps to, past the first page', async () => {
    const { user } = setup();
    const target = row('Public metadata', /^tags/);
    target.focus();
    fireEvent.paste(target, { clipboardData: { getData: () => JSON.stringify(Array.from({ length: 150 }, String)) } });
    await user.click(screen.getByRole('button', { name: 'Previous change' }));
    expect(editorStatus()).toHaveTextContent('added public_metadata.tags[149], 150 of 150');
    expect(screen.getByText('public_metadata.tags[149]').closest('li')).toHaveAttribute('aria-current', 'true');
  });

  it("lists another admin's many changes a page at a time", async () => {
    const { user, rerender, onSave } = setup();
    row('Public metadata', /^role/).focus();
    await user.keyboard('{Delete}');
    const theirs = Object.fromEntries(Array.from({ length: 130 }, (_, index) => [`key${index}`, index]));
    rerender(<MetadataEditor metadata={{ ...metadata, unsafe_metadata: theirs }} onSave={onSave} />);
    // The conflict view loads on demand: only a conflict needs it.
    const conflict = await screen.findByRole('alert', { name: /Someone else changed/ });
    const their = within(conflict).getByRole('heading', { name: 'Their changes' }).parentElement as HTMLElement;
    // 130 added, and the theme they removed.
    expect(within(their).getAllByRole('listitem')).toHaveLength(100);
    await user.click(within(their).getByRole('button', { name: 'Show 31 more of 31' }));
    expect(within(their).getAllByRole('listitem')).toHaveLength(131);
  });

  it('keeps Save off while it compares large new metadata with the base, then shows the conflict', async () => {
    // 1,100 digits: within the limit, and more members than two slices compare.
    const list = (digit: number) => Array.from({ length: 1100 }, () => digit);
    const { user, rerender, onSave } = setup({ metadata: { ...metadata, unsafe_metadata: { list: list(0) } } });
    row('Public metadata', /^role/).focus();
    await user.keyboard('{Delete}');
    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();
    // A clock that runs fast: every slice of the diff ends at its first look at it (after 512 members).
    let now = performance.now();
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => (now += 100));
    rerender(<MetadataEditor metadata={{ ...metadata, unsafe_metadata: { list: list(1) } }} onSave={onSave} />);
    expect(screen.queryByRole('alert', { name: /Someone else changed/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    const conflict = await screen.findByRole('alert', { name: /Someone else changed/ });
    clock.mockRestore();
    expect(within(conflict).getByRole('heading', { name: 'Their changes' }).nextSibling).toHaveTextContent(
      'unsafe_metadata.list[0] 0 → 1',
    );
    expect(within(conflict).getByRole('button', { name: 'Show 100 more of 1000' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('takes a save answer that holds the draft as the new base, with no conflict', async () => {
    const { user, rerender, onSave } = setup();
    row('Public metadata', /^role/).focus();
    await user.keyboard('{Delete}');
    const { role: _removed, ...rest } = metadata.public_metadata ?? {};
    rerender(<MetadataEditor metadata={{ ...metadata, public_metadata: rest }} onSave={onSave} />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(patchText()).toBeUndefined();
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });
});

describe('MetadataEditor diff in the tree', () => {
  const nested: HankoUserMetadata = {
    public_metadata: { role: 'user', team: { id: 7, name: 'Core' }, tags: ['a', 'b'] },
    unsafe_metadata: { theme: 'dark', step: 1 },
  };

  it('keeps a removed member in its place, struck out of the sets, and restores it with Delete', async () => {
    const { user } = setup({ metadata: nested });
    row('Public metadata', /^tags/).focus();
    await user.keyboard('{ArrowRight}{ArrowDown}{ArrowDown}{Delete}');
    const removed = row('Public metadata', /^1: "b" removed, press Delete to restore/);
    expect(removed).toHaveAttribute('data-change', 'removed');
    expect(removed).toHaveFocus();
    // The draft's one item is 1 of 1; the removed one is a set of its own.
    expect(row('Public metadata', /^0: "a"/)).toHaveAttribute('aria-setsize', '1');
    expect(removed).toHaveAttribute('aria-posinset', '1');
    expect(removed).toHaveAttribute('aria-setsize', '1');
    await user.keyboard('{F2}');
    expect(screen.queryByRole('textbox', { name: 'Value' })).toBeNull();
    await user.keyboard('{Delete}');
    expect(row('Public metadata', /^1: "b"/)).not.toHaveAttribute('data-change');
    expect(editorStatus()).toHaveTextContent('Restored public_metadata.tags[1]');
    expect(patchText()).toBeUndefined();
  });

  it('"Only changes" narrows every tree to the changed rows and the rows above them', async () => {
    const { user } = setup({ metadata: nested });
    expect(screen.getByRole('button', { name: 'Only changes' })).toBeDisabled();
    row('Public metadata', /^team/).focus();
    await user.keyboard('{ArrowDown}{Delete}');
    const toggle = screen.getByRole('button', { name: 'Only changes' });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const names = within(tree('Public metadata'))
      .getAllByRole('treeitem')
      .map((item) => item.textContent?.split(':')[0]);
    expect(names).toEqual(['team', 'id']);
    // Unsafe metadata has no changes; nor has private metadata (masked).
    for (const category of ['unsafe_metadata', 'private_metadata']) {
      expect(document.querySelector(`[data-category="${category}"]`)).toHaveTextContent('No changes in this category');
    }
    await user.click(toggle);
    // Every row again, the removed one in its place after its container's own.
    const all = within(tree('Public metadata'))
      .getAllByRole('treeitem')
      .map((item) => item.textContent?.split(':')[0]);
    expect(all).toEqual(['role', 'team', 'name', 'id', 'tags', '0', '1']);
  });

  it('Next and Previous change open the rows above the change and focus its row; Alt+Down and Alt+Up do it from the tree', async () => {
    const { user } = setup({ metadata: nested });
    row('Public metadata', /^team/).focus();
    await user.keyboard('{ArrowDown}{ArrowDown}{F2}');
    const value = screen.getByRole('textbox', { name: 'Value' });
    await user.clear(value);
    await user.type(value, 'Platform{Enter}');
    row('Unsafe metadata', /^step/).focus();
    await user.keyboard('{Delete}');
    row('Public metadata', /^team/).focus();
    await user.keyboard('{ArrowLeft}');
    expect(within(tree('Public metadata')).queryByRole('treeitem', { name: /^name/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Next change' }));
    expect(row('Public metadata', /^name/)).toHaveFocus();
    expect(editorStatus()).toHaveTextContent('changed public_metadata.team.name, 1 of 2');
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(row('Unsafe metadata', /^step/)).toHaveFocus();
    expect(editorStatus()).toHaveTextContent('removed unsafe_metadata.step, 2 of 2');
    row('Public metadata', /^team/).focus();
    await user.keyboard('{ArrowLeft}');
    row('Unsafe metadata', /^step/).focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(row('Public metadata', /^name/)).toHaveFocus();
    expect(editorStatus()).toHaveTextContent('changed public_metadata.team.name, 1 of 2');
    await user.click(screen.getByRole('button', { name: 'Previous change' }));
    expect(row('Unsafe metadata', /^step/)).toHaveFocus();
    expect(editorStatus()).toHaveTextContent('removed unsafe_metadata.step, 2 of 2');
  });

  it('lists the schema issues as buttons that focus their row, and announces how many there are', async () => {
    const schema: StandardSchemaV1 = {
      '~standard': {
        version: 1,
        vendor: 'test',
        validate: () => ({ issues: [{ message: 'Unknown team', path: ['team', 'id'] }] }),
      },
    };
    const { user } = setup({ metadata: nested, schemas: { public_metadata: schema } });
    const link = await screen.findByRole('button', { name: 'public_metadata.team.id Unknown team' });
    expect(screen.getAllByRole('status').some((status) => status.textContent === '1 issue')).toBe(true);
    row('Public metadata', /^team/).focus();
    await user.keyboard('{ArrowLeft}');
    await user.click(link);
    expect(row('Public metadata', /^id/)).toHaveFocus();
  });
});
