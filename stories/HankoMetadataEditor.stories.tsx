import type { Meta, StoryObj } from '@storybook/react-vite';
import { HttpResponse, http } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { HankoMetadataEditor } from '../src/components/HankoMetadataEditor';
import {
  createHankoMetadataStore,
  HANKO_MOCK_DEFAULT_BASE_URL,
  hankoEditableHandlers,
  hankoFixtures,
  hankoHandlers,
} from '../src/msw';
// The editor's stylesheet, which apps import next to styles.css (the preview imports that one).
import '../src/editor.css';
import { keyboardEditingSession } from './keyboardEditingSession';

const { userId } = hankoFixtures;
// One store behind GET and PATCH, so a save shows in the next read; each story starts from the fixtures.
const store = createHankoMetadataStore();

/**
 * Loads through the provider's Hanko client (the app's proxy route `/api/hanko`) and saves through it;
 * the `react-user-metadata/msw` editable handlers answer with Hanko's merge-patch semantics and the
 * proxy's 409.
 */
const meta = {
  title: 'Components/HankoMetadataEditor',
  component: HankoMetadataEditor,
  tags: ['autodocs'],
  args: { userId, style: { maxWidth: '52rem' } },
  parameters: { msw: hankoEditableHandlers({ store }) },
  beforeEach: () => store.reset(),
} satisfies Meta<typeof HankoMetadataEditor>;

export default meta;
type Story = StoryObj<typeof meta>;

const row = (canvasElement: HTMLElement, name: RegExp) =>
  within(within(canvasElement).getByRole('tree', { name: 'Public metadata' })).getByRole('treeitem', { name });

/** Changes `role` in the draft (F2, type, Enter). */
async function editRole(canvasElement: HTMLElement, value: string) {
  const canvas = within(canvasElement);
  const tree = await canvas.findByRole('tree', { name: 'Public metadata' });
  // Click the row (as a mouse user would) so it has focus whatever the first render did, then F2.
  await userEvent.click(await within(tree).findByRole('treeitem', { name: /^role/ }));
  await userEvent.keyboard('{F2}');
  const input = await canvas.findByRole('textbox', { name: 'Value' });
  await userEvent.clear(input);
  await userEvent.type(input, `${value}{Enter}`);
}

/** While the metadata loads: the editor's frame with a skeleton of its sections, announced. */
export const Loading: Story = {
  parameters: { msw: [hankoHandlers.metadata({ delay: 'infinite' })] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Loading metadata…');
    await expect(canvasElement.querySelector('.rum-metadata-editor')).toHaveAttribute('aria-busy', 'true');
  },
};

/** Edit a value and save: the patch goes through the mocks and what they stored becomes the editor's base. */
export const EditAndSave: Story = {
  play: async ({ canvasElement }) => {
    await editRole(canvasElement, 'owner');
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(store.get(userId)?.public_metadata?.role).toBe('owner'));
    await waitFor(() => expect(row(canvasElement, /^role/)).not.toHaveAttribute('data-change'));
    await expect(row(canvasElement, /^role/)).toHaveTextContent(/"owner"/);
  },
};

/** Another admin saves public metadata between load and Save: the proxy's 409 brings theirs in as a conflict. */
export const Conflict: Story = {
  play: async ({ canvasElement }) => {
    await editRole(canvasElement, 'owner');
    store.patch(userId, { public_metadata: { role: 'viewer' } });
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Save' }));
    const conflict = await within(canvasElement).findByRole('alert', { name: /Someone else changed/ });
    await expect(conflict).toHaveTextContent('viewer');
    await expect(store.get(userId)?.public_metadata?.role).toBe('viewer');
  },
};

const patchUrl = `${HANKO_MOCK_DEFAULT_BASE_URL}/users/:userId/metadata`;

/** Hanko refuses the save as over its limit: its own message shows on the category it names, the draft stays. */
export const ServerOverLimit: Story = {
  parameters: {
    msw: [
      http.patch(patchUrl, () =>
        HttpResponse.json(
          { code: 400, message: 'metadata limit exceeded: public metadata must not exceed 3000 characters' },
          { status: 400 },
        ),
      ),
      ...hankoEditableHandlers({ store }),
    ],
  },
  play: async ({ canvasElement }) => {
    await editRole(canvasElement, 'owner');
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Save' }));
    const publicSection = (await within(canvasElement).findByRole('heading', { name: 'Public metadata' })).closest(
      'section',
    ) as HTMLElement;
    await expect(await within(publicSection).findByText(/must not exceed 3000 characters/)).toBeVisible();
    await expect(row(canvasElement, /^role/)).toHaveAttribute('data-change', 'changed');
    await expect(store.get(userId)?.public_metadata?.role).not.toBe('owner');
  },
};

/** The network fails during Save: an alert says so near Save, the draft is kept and Save can be tried again. */
export const NetworkFailure: Story = {
  parameters: {
    msw: [http.patch(patchUrl, () => HttpResponse.error()), ...hankoEditableHandlers({ store })],
  },
  play: async ({ canvasElement }) => {
    await editRole(canvasElement, 'owner');
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Save' }));
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent('Couldn’t save');
    await expect(row(canvasElement, /^role/)).toHaveAttribute('data-change', 'changed');
    await expect(within(canvasElement).getByRole('button', { name: 'Save' })).toBeEnabled();
  },
};

/**
 * The whole task by keyboard alone, on the mocks: three values in three categories (private after Reveal),
 * the diff stepped into, the patch, Save, and what the mocks stored shown as the new state.
 */
export const KeyboardOnlySession: Story = {
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('tree', { name: 'Public metadata' });
    await keyboardEditingSession(canvasElement);
    await waitFor(() => expect(store.get(userId)?.public_metadata?.role).toBe('owner'));
    const stored = store.get(userId);
    await expect(String(stored?.private_metadata?.crm_account_id)).toBe('48214');
    await expect(String(stored?.unsafe_metadata?.onboarding_step)).toBe('4');
    await waitFor(() => expect(within(canvasElement).getByText('No changes')).toBeVisible());
    await expect(row(canvasElement, /^role/)).toHaveTextContent(/"owner"/);
  },
};
