import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { MetadataInspector } from '../src/components/MetadataInspector';
import { hankoFixtures } from '../src/msw';

const meta = {
  title: 'Components/MetadataInspector',
  component: MetadataInspector,
  tags: ['autodocs'],
  args: { metadata: hankoFixtures.full, style: { maxWidth: '44rem' } },
} satisfies Meta<typeof MetadataInspector>;

export default meta;
type Story = StoryObj<typeof meta>;

const section = (canvasElement: HTMLElement, category: string) =>
  canvasElement.querySelector<HTMLElement>(`[data-category="${category}"]`);

/** All three categories; private metadata masked, and not in the page at all, until revealed. */
export const PrivateMasked: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('tree', { name: 'Public metadata' })).toBeVisible();
    await expect(canvas.getByRole('tree', { name: 'Unsafe metadata' })).toBeVisible();
    await expect(section(canvasElement, 'private_metadata')).toHaveAttribute('data-state', 'masked');
    await expect(canvas.getByText('Private metadata is hidden.')).toBeVisible();
    await expect(canvasElement).not.toHaveTextContent('cus_Q2x9LmN4pR7sT1');
    await expect(canvas.getByRole('button', { name: 'Reveal private metadata' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  },
};

/** The reveal toggle puts private metadata in the page, and takes it out again. */
export const PrivateRevealed: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const reveal = canvas.getByRole('button', { name: 'Reveal private metadata' });
    await userEvent.click(reveal);
    await expect(reveal).toHaveAttribute('aria-pressed', 'true');
    await expect(canvas.getByRole('tree', { name: 'Private metadata' })).toBeVisible();
    await expect(canvas.getByRole('treeitem', { name: /cus_Q2x9LmN4pR7sT1/ })).toBeVisible();
    await expect(section(canvasElement, 'private_metadata')).toHaveAttribute('data-state', 'shown');
  },
};

/** Hanko leaves empty categories out: each absent one says so. */
export const PublicOnly: Story = {
  args: { metadata: hankoFixtures.publicOnly },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('No private metadata')).toBeVisible();
    await expect(canvas.getByText('No unsafe metadata')).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Reveal private metadata' })).toBeNull();
    await expect(section(canvasElement, 'unsafe_metadata')).toHaveAttribute('data-state', 'absent');
  },
};

/** `null` is Hanko's 204: no metadata in any category. */
export const NoMetadata: Story = {
  args: { metadata: null },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('This user has no metadata')).toBeVisible();
    await expect(canvasElement.querySelector('.rum-metadata-inspector')).toHaveAttribute('data-state', 'success');
  },
};

export const Deep: Story = {
  args: { metadata: hankoFixtures.deep, defaultExpandDepth: Number.POSITIVE_INFINITY },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('treeitem', { name: /^leaf/ })).toHaveAttribute('aria-level', '11');
  },
};

export const Wide: Story = {
  args: { metadata: hankoFixtures.wide, height: 240 },
};

export const LongValues: Story = {
  args: { metadata: hankoFixtures.longValues },
};

/** Searching one category filters its tree only. */
export const SearchActive: Story = {
  play: async ({ canvasElement }) => {
    const unsafe = section(canvasElement, 'unsafe_metadata');
    if (!unsafe) throw new Error('no unsafe_metadata section');
    await userEvent.type(within(unsafe).getByRole('searchbox'), 'dark');
    await expect(
      within(unsafe)
        .getAllByRole('treeitem')
        .map((row) => row.textContent),
    ).toEqual(['preferences: {4 keys}', 'theme: "dark"', 'dismissed_tips: [2 items]', '1: "dark-mode"']);
    await expect(within(canvasElement).getByRole('treeitem', { name: /^role/ })).toBeVisible();
  },
};

/** Every string through `labels`, counts through `locale`. */
export const GermanLabels: Story = {
  args: {
    locale: 'de-DE',
    metadata: hankoFixtures.wide,
    labels: {
      title: (category) =>
        ({ public_metadata: 'Öffentlich', private_metadata: 'Privat', unsafe_metadata: 'Vom Nutzer' })[category],
      absent: () => 'Keine Daten',
      search: 'Suchen',
      expandAll: 'Alle aufklappen',
      collapseAll: 'Alle zuklappen',
      copyValue: 'Wert kopieren',
      copyPath: 'Pfad kopieren',
      items: (count, formatted) => `${formatted} ${count === 1 ? 'Eintrag' : 'Einträge'}`,
      keys: (count, formatted) => `${formatted} ${count === 1 ? 'Schlüssel' : 'Schlüssel'}`,
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('tree', { name: 'Öffentlich' })).toBeVisible();
    await expect(canvas.getByText('Keine Daten')).toBeVisible();
  },
};
