import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { MetadataEditor } from '../../../src/components/MetadataEditor';
import { editingPartsModule } from '../../../src/components/metadataEditor/editingPartsModule';
import type { HankoUserMetadata } from '../../../src/core/HankoUserMetadata';
import type { StandardSchemaV1 } from '../../../src/core/StandardSchema';

const metadata: HankoUserMetadata = {
  public_metadata: { role: 'user' },
  private_metadata: { plan: 'pro', seats: 5 },
  unsafe_metadata: { theme: 'dark' },
};

const tree = (name: string) => screen.getByRole('tree', { name });
const row = (treeName: string, name: RegExp) => within(tree(treeName)).getByRole('treeitem', { name });
const editorStatus = (container: HTMLElement) => container.querySelector('.rum-metadata-editor > [role="status"]') as HTMLElement;
const reveal = () => screen.getByRole('button', { name: 'Reveal private metadata' });
const privateSection = (container: HTMLElement) => container.querySelector('[data-category="private_metadata"]') as HTMLElement;

/** Reveals private metadata, removes `seats` there and hides it again: a change in masked metadata. */
async function changeHiddenPrivate(user: ReturnType<typeof userEvent.setup>) {
  await user.click(reveal());
  row('Private metadata', /^seats/).focus();
  await user.keyboard('{Delete}');
  await user.click(screen.getByRole('button', { name: 'Hide private metadata' }));
}

/** An editor whose only change is in masked private metadata, stepped onto with Next: Reveal has focus. */
async function stepOntoHiddenChange() {
  const user = userEvent.setup();
  render(<MetadataEditor metadata={metadata} onSave={() => undefined} />);
  await changeHiddenPrivate(user);
  await user.click(screen.getByRole('button', { name: 'Next change' }));
  expect(reveal()).toHaveFocus();
  return user;
}

// The editing parts are loaded, as a page's are once the editor got focus or a pointer (edits asked for
// while they load are editingPartsLoad.test.tsx's).
beforeAll(async () => {
  await editingPartsModule.load();
});

describe('MetadataEditor with private metadata masked', () => {
  it('steps to a change in masked private metadata by focusing Reveal, announced without its path; Reveal goes on to the row', async () => {
    const user = userEvent.setup();
    const { container } = render(<MetadataEditor metadata={metadata} onSave={() => undefined} />);
    row('Public metadata', /^role/).focus();
    await user.keyboard('{Delete}');
    await changeHiddenPrivate(user);
    await user.click(screen.getByRole('button', { name: 'Next change' }));
    expect(row('Public metadata', /^role/)).toHaveFocus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(reveal()).toHaveFocus();
    expect(editorStatus(container)).toHaveTextContent('Change 2 of 2 is in hidden private metadata: reveal it to go there.');
    expect(editorStatus(container)).not.toHaveTextContent('seats');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(row('Private metadata', /^seats.*removed/)).toHaveFocus());
  });

  it('forgets the change stepped to once focus leaves Reveal: revealing later stays on the button', async () => {
    const user = await stepOntoHiddenChange();
    // The user moves on (the next button), and comes back to Reveal much later.
    await user.tab();
    expect(reveal()).not.toHaveFocus();
    await user.click(reveal());
    expect(screen.getByRole('button', { name: 'Hide private metadata' })).toHaveFocus();
  });

  it('keeps the change stepped to when only the window lost focus (Reveal stays the active element)', async () => {
    const user = await stepOntoHiddenChange();
    // A blur without focus moving on, as when the user switches to another window and back.
    fireEvent.blur(reveal());
    expect(reveal()).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(row('Private metadata', /^seats.*removed/)).toHaveFocus());
  });

  it('keeps the change stepped to when Reveal loses focus to nowhere, as a mouse press may blur it first (Safari)', async () => {
    const user = await stepOntoHiddenChange();
    // Focus goes to no other element: the body becomes the active element, as before a click in Safari.
    reveal().blur();
    expect(document.activeElement).toBe(document.body);
    await user.click(reveal());
    await waitFor(() => expect(row('Private metadata', /^seats.*removed/)).toHaveFocus());
  });

  it('forgets the change stepped to after an edit made meanwhile, even one from Reveal itself (undo)', async () => {
    const user = await stepOntoHiddenChange();
    // Undo puts seats back: the change stepped to is gone.
    await user.keyboard('{Control>}z{/Control}');
    expect(reveal()).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Hide private metadata' })).toHaveFocus();
    expect(row('Private metadata', /^seats/)).not.toHaveAttribute('data-change');
  });

  it('lets an earlier step elsewhere leave the private tree alone when it is revealed', async () => {
    const user = userEvent.setup();
    render(<MetadataEditor metadata={metadata} onSave={() => undefined} />);
    await changeHiddenPrivate(user);
    row('Public metadata', /^role/).focus();
    await user.keyboard('{Delete}');
    // Next lands on role (1 of 2), not on the hidden change.
    await user.click(screen.getByRole('button', { name: 'Next change' }));
    expect(row('Public metadata', /^role/)).toHaveFocus();
    await user.click(reveal());
    expect(screen.getByRole('button', { name: 'Hide private metadata' })).toHaveFocus();
  });

  it('lists schema issues of masked private metadata without path or message; each reveals and focuses its row', async () => {
    const schema: StandardSchemaV1 = {
      '~standard': {
        version: 1,
        vendor: 'test',
        validate: () => ({
          issues: [
            { message: 'Plan "pro" is retired', path: ['plan'] },
            { message: 'Too many seats', path: ['seats'] },
          ],
        }),
      },
    };
    const user = userEvent.setup();
    const { container } = render(
      <MetadataEditor metadata={metadata} onSave={() => undefined} schemas={{ private_metadata: schema }} />,
    );
    const second = await screen.findByRole('button', { name: 'Reveal to see issue 2 of 2' });
    expect(within(privateSection(container)).getByText('2 issues', { selector: 'p' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reveal to see issue 1 of 2' })).toBeInTheDocument();
    expect(container).not.toHaveTextContent(/retired|Too many seats|private_metadata\.|plan|seats/);
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    second.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(row('Private metadata', /^seats/)).toHaveFocus());
    expect(screen.getByRole('button', { name: 'private_metadata.seats Too many seats' })).toBeInTheDocument();
  });
});

describe('MetadataEditor review with private metadata masked', () => {
  it('lists a private change by its kind and category only, and shows the patch without its keys or values', async () => {
    const user = userEvent.setup();
    const { container } = render(<MetadataEditor metadata={metadata} onSave={() => undefined} />);
    await changeHiddenPrivate(user);
    const review = container.querySelector('.rum-editor-review') as HTMLElement;
    expect(within(review).getByRole('listitem')).toHaveTextContent(/^removed private_metadata ••••$/);
    expect(container.querySelector('.rum-editor-patch')).toHaveTextContent('{"private_metadata":"••••"}');
    expect(review).not.toHaveTextContent(/seats|5/);
    await user.click(reveal());
    expect(within(review).getByRole('listitem')).toHaveTextContent('removed private_metadata.seats 5');
    expect(container.querySelector('.rum-editor-patch')).toHaveTextContent('{"private_metadata":{"seats":null}}');
  });
});

describe('MetadataEditor "Only changes"', () => {
  it('lists private changes in the conflict view by kind and category only while masked', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<MetadataEditor metadata={metadata} onSave={() => undefined} />);
    await changeHiddenPrivate(user);
    // Another admin changed a private value meanwhile.
    const theirs = { ...metadata, private_metadata: { plan: 'team', seats: 5 } };
    rerender(<MetadataEditor metadata={theirs} onSave={() => undefined} />);
    const conflict = await screen.findByRole('alert', { name: /Someone else changed/ });
    const lines = within(conflict).getAllByRole('listitem').map((item) => item.textContent);
    expect(lines).toEqual(['changed private_metadata ••••', 'removed private_metadata ••••']);
    expect(conflict).not.toHaveTextContent(/plan|seats|team|pro/);
    await user.click(reveal());
    expect(within(conflict).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'changed private_metadata.plan "pro" → "team"',
      'removed private_metadata.seats 5',
    ]);
  });

  it('is one toggle per editor: another editor on the page keeps every row', async () => {
    const user = userEvent.setup();
    render(
      <>
        <MetadataEditor metadata={metadata} onSave={() => undefined} aria-label="first" />
        <MetadataEditor metadata={metadata} onSave={() => undefined} aria-label="second" />
      </>,
    );
    const [first, second] = screen.getAllByRole('tree', { name: 'Unsafe metadata' }).map((item) => item.closest('.rum-metadata-editor') as HTMLElement);
    within(within(first as HTMLElement).getByRole('tree', { name: 'Unsafe metadata' })).getByRole('treeitem', { name: /^theme/ }).focus();
    await user.keyboard('{Delete}');
    within(within(second as HTMLElement).getByRole('tree', { name: 'Unsafe metadata' })).getByRole('treeitem', { name: /^theme/ }).focus();
    await user.keyboard('{Delete}');
    await user.click(within(first as HTMLElement).getByRole('button', { name: 'Only changes' }));
    expect(within(first as HTMLElement).queryByRole('tree', { name: 'Public metadata' })).toBeNull();
    expect(within(second as HTMLElement).getByRole('button', { name: 'Only changes' })).toHaveAttribute('aria-pressed', 'false');
    expect(within(within(second as HTMLElement).getByRole('tree', { name: 'Public metadata' })).getAllByRole('treeitem')).toHaveLength(1);
  });

  it('says "No changes" for a category without any, masked or not, and that masked private metadata with changes is hidden', async () => {
    const user = userEvent.setup();
    const { container } = render(<MetadataEditor metadata={metadata} onSave={() => undefined} />);
    row('Unsafe metadata', /^theme/).focus();
    await user.keyboard('{Delete}');
    await user.click(screen.getByRole('button', { name: 'Only changes' }));
    const section = (category: string) => container.querySelector(`[data-category="${category}"]`) as HTMLElement;
    expect(section('public_metadata')).toHaveTextContent('No changes in this category');
    expect(section('private_metadata')).toHaveTextContent('No changes in this category');
    expect(within(tree('Unsafe metadata')).getAllByRole('treeitem')).toHaveLength(1);
    // A change in private metadata, hidden again: the masked category says it is hidden, no longer "No changes".
    await user.click(screen.getByRole('button', { name: 'Only changes' }));
    await changeHiddenPrivate(user);
    await user.click(screen.getByRole('button', { name: 'Only changes' }));
    expect(section('private_metadata')).toHaveTextContent('Private metadata is hidden.');
    expect(section('private_metadata')).not.toHaveTextContent('No changes');
    // Revealed under the filter, its tree shows only the change.
    await user.click(reveal());
    const names = within(tree('Private metadata'))
      .getAllByRole('treeitem')
      .map((item) => item.textContent?.split(':')[0]);
    expect(names).toEqual(['seats']);
  });
});
