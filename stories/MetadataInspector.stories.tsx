import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { MetadataInspector, type MetadataInspectorLabels } from '../src/components/MetadataInspector';
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

/** All three categories; private metadata masked by `••••` placeholders, and not in the page at all, until revealed. */
export const PrivateMasked: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('tree', { name: 'Public metadata' })).toBeVisible();
    await expect(canvas.getByRole('tree', { name: 'Unsafe metadata' })).toBeVisible();
    const privateSection = section(canvasElement, 'private_metadata') as HTMLElement;
    await expect(privateSection).toHaveAttribute('data-state', 'masked');
    await expect(canvas.getByText('Private metadata is hidden.')).toBeVisible();
    await expect(privateSection).toHaveTextContent(/^Private metadata.*••••/);
    await expect(canvasElement).not.toHaveTextContent('cus_Q2x9LmN4pR7sT1');
    await expect(canvasElement).not.toHaveTextContent('stripe_customer_id');
    await expect(canvas.getByRole('button', { name: 'Reveal private metadata' })).not.toHaveAttribute('aria-pressed');
  },
};

/**
 * The button says what it will do: Reveal puts private metadata in the page, its rows marked by a
 * warning-coloured edge; then Hide takes it out again.
 */
export const PrivateRevealed: Story = {
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const toggle = canvas.getByRole('button', { name: 'Reveal private metadata' });
    await step('reveal', async () => {
      await userEvent.click(toggle);
      await expect(toggle).toHaveAccessibleName('Hide private metadata');
      const tree = canvas.getByRole('tree', { name: 'Private metadata' });
      await expect(tree).toBeVisible();
      await expect(canvas.getByRole('treeitem', { name: /cus_Q2x9LmN4pR7sT1/ })).toBeVisible();
      await expect(section(canvasElement, 'private_metadata')).toHaveAttribute('data-state', 'shown');
      // Marked as private: a 3 px edge in the warning colour that the public tree does not have.
      await expect(getComputedStyle(tree).borderInlineStartWidth).toBe('3px');
      const publicTree = canvas.getByRole('tree', { name: 'Public metadata' });
      await expect(getComputedStyle(publicTree).borderInlineStartWidth).toBe('1px');
    });
    await step('hide again', async () => {
      await userEvent.click(toggle);
      await expect(toggle).toHaveAccessibleName('Reveal private metadata');
      await expect(canvasElement).not.toHaveTextContent('cus_Q2x9LmN4pR7sT1');
      await expect(section(canvasElement, 'private_metadata')).toHaveAttribute('data-state', 'masked');
      await expect(toggle).toHaveFocus();
    });
    // Shown revealed in the screenshots.
    await userEvent.click(toggle);
  },
};

/** The server withheld private metadata from this reader (the proxy's grant): it says so, with no reveal. */
export const HiddenByAccess: Story = {
  args: { metadata: { ...hankoFixtures.publicOnly, withheld_categories: ['private_metadata'] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(within(section(canvasElement, 'private_metadata') as HTMLElement).getByText('Hidden by your access')).toBeVisible();
    await expect(section(canvasElement, 'private_metadata')).toHaveAttribute('data-state', 'withheld');
    await expect(canvas.getByText('No unsafe metadata')).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Reveal private metadata' })).toBeNull();
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

/** `null` is Hanko's 204: no metadata in any category. The plain-language line first, the detail second. */
export const NoMetadata: Story = {
  args: { metadata: null },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const title = canvas.getByText('This user has no metadata yet');
    await expect(title).toBeVisible();
    await expect(title.nextElementSibling).toHaveTextContent(/^Hanko answered 204 No Content/);
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
// Every label, so the type checker says when a new string is left in English.
const germanLabels = {
  title: (category) =>
    ({ public_metadata: 'Öffentlich', private_metadata: 'Privat', unsafe_metadata: 'Vom Nutzer' })[category],
  absent: () => 'Keine Daten',
  withheld: () => 'Für Ihren Zugang verborgen',
  noMetadata: 'Für diesen Nutzer sind noch keine Metadaten gespeichert',
  noMetadataDetail: 'Hanko antwortete 204 No Content: keine öffentlichen, privaten oder unsicheren Metadaten.',
  reveal: 'Private Metadaten anzeigen',
  hide: 'Private Metadaten verbergen',
  masked: 'Private Metadaten sind verborgen.',
  search: 'Suchen',
  expandAll: 'Alle aufklappen',
  collapseAll: 'Alle zuklappen',
  copyValue: 'Wert kopieren',
  copyPath: 'Pfad kopieren',
  copied: 'Kopiert',
  copyFailed: 'Kopieren fehlgeschlagen',
  showMore: 'Mehr anzeigen',
  showMoreOf: (key) => `${key} ganz anzeigen`,
  showLess: 'Weniger anzeigen',
  noMatches: 'Keine Treffer',
  matchCount: (current, total) => `${current} von ${total}`,
  items: (count, formatted) => `${formatted} ${count === 1 ? 'Eintrag' : 'Einträge'}`,
  keys: (count, formatted) => `${formatted} Schlüssel`,
  named: (control, tree) => `${control}: ${tree}`,
} satisfies MetadataInspectorLabels;

/** All labels in German: headings, toolbar, search count, counts with German digit grouping. */
export const GermanLabels: Story = {
  args: { locale: 'de-DE', metadata: hankoFixtures.wide, labels: germanLabels },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('tree', { name: 'Öffentlich' })).toBeVisible();
    await expect(canvas.getByText('Keine Daten')).toBeVisible();
    const search = canvas.getByRole('searchbox', { name: 'Suchen: Öffentlich' });
    await userEvent.type(search, 'a');
    await expect(await canvas.findByText(/^1 von \d+$/)).toBeVisible();
    await userEvent.clear(search);
  },
};

/**
 * Each tree's toolbar is one tab stop (search box, then the icon buttons): ← → Home End move between
 * the buttons, whose text shows as a tooltip on keyboard focus, and Tab goes on to the tree.
 */
export const ToolbarKeyboard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const publicGroup = canvas.getByRole('group', { name: 'Public metadata' });
    within(publicGroup).getByRole('searchbox').focus();
    await userEvent.tab();
    const expandAll = within(publicGroup).getByRole('button', { name: 'Expand all Public metadata' });
    await expect(expandAll).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    const collapseAll = within(publicGroup).getByRole('button', { name: 'Collapse all Public metadata' });
    await expect(collapseAll).toHaveFocus();
    await expect(within(collapseAll).getByText('Collapse all')).toBeVisible();
    await userEvent.keyboard('{End}');
    await expect(within(publicGroup).getByRole('button', { name: 'Copy path Public metadata' })).toHaveFocus();
    await userEvent.tab();
    await expect(within(publicGroup).getByRole('treeitem', { name: /^role/ })).toHaveFocus();
    // Tab stops on the page: per tree its search box, its toolbar and the tree; plus Reveal.
    const tabStops = [...canvasElement.querySelectorAll<HTMLElement>('input, button, [tabindex]')].filter(
      (element) => element.tabIndex >= 0 && !element.matches(':disabled'),
    );
    await expect(tabStops).toHaveLength(7);
    // Back to the toolbar (on the button last used), then Collapse all by keyboard.
    await userEvent.tab({ shift: true });
    await userEvent.keyboard('{Home}{ArrowRight}{Enter}');
    await expect(within(publicGroup).getByRole('treeitem', { name: /^tags/ })).toHaveAttribute('aria-expanded', 'false');
    await userEvent.keyboard('{ArrowLeft}');
    await expect(expandAll).toHaveFocus();
  },
};

/**
 * At a phone's width (390 px less the page's padding) each toolbar stays one row: the search box gives
 * way, the icon buttons keep their size.
 */
export const Narrow: Story = {
  args: { style: { maxWidth: '358px' } },
  play: async ({ canvasElement }) => {
    // With a match count beside the box, the widest the row gets.
    const unsafe = section(canvasElement, 'unsafe_metadata') as HTMLElement;
    await userEvent.type(within(unsafe).getByRole('searchbox'), 'dark');
    const card = canvasElement.querySelector('.rum-metadata-inspector') as HTMLElement;
    for (const bar of canvasElement.querySelectorAll<HTMLElement>('.rum-json-bar')) {
      const tops = [...bar.querySelectorAll<HTMLElement>('input, button')].map((control) => control.getBoundingClientRect().top);
      const search = bar.querySelector('input') as HTMLElement;
      // Every control within the search box's row.
      for (const top of tops) await expect(Math.abs(top - search.getBoundingClientRect().top)).toBeLessThan(8);
      await expect(search.getBoundingClientRect().width).toBeGreaterThan(80);
      // Nothing sticks out of the card.
      await expect(bar.getBoundingClientRect().right).toBeLessThanOrEqual(card.getBoundingClientRect().right);
    }
  },
};
