import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, spyOn, userEvent, waitFor, within } from 'storybook/test';
import { JsonTree } from '../src/components/JsonTree';
import type { JsonValue } from '../src/core/json';
import { hankoFixtures } from '../src/msw';

const meta = {
  title: 'Components/JsonTree',
  component: JsonTree,
  tags: ['autodocs'],
  args: {
    value: hankoFixtures.publicMetadata,
    label: 'Public metadata',
    path: 'public_metadata',
    style: { maxWidth: '40rem' },
  },
} satisfies Meta<typeof JsonTree>;

export default meta;
type Story = StoryObj<typeof meta>;

const item = (canvasElement: HTMLElement, name: RegExp) => within(canvasElement).getByRole('treeitem', { name });

/** The part of a row that opens and closes it. */
const chevron = (row: HTMLElement) => row.querySelector<HTMLElement>('[data-part="chevron"]') as HTMLElement;

/** A row's own copy button (for the mouse: hidden from screen readers, which copy with Ctrl+C or Enter). */
const copyButton = (row: HTMLElement) => row.querySelector<HTMLElement>('[data-part="copy"]') as HTMLElement;

/** Focuses the tree the way a keyboard user gets there: Tab from the last toolbar button (one tab stop). */
async function tabIntoTree(canvasElement: HTMLElement) {
  within(canvasElement).getByRole('button', { name: 'Copy path Public metadata' }).focus();
  await userEvent.tab();
}

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('tree', { name: 'Public metadata' })).toBeVisible();
    const tags = item(canvasElement, /^tags/);
    await expect(tags).toHaveAttribute('aria-expanded', 'true');
    await expect(tags).toHaveAttribute('aria-level', '1');
    await expect(tags).toHaveAttribute('aria-posinset', '2');
    await expect(tags).toHaveAttribute('aria-setsize', '4');
    // Only one row is in the tab order.
    await expect(canvas.getAllByRole('treeitem').filter((row) => row.tabIndex === 0)).toHaveLength(1);
  },
};

/**
 * The WAI-ARIA tree pattern with a keyboard alone: ↓ moves, ← collapses then goes to the parent,
 * → expands then goes to the first child, Enter toggles, End and Home jump.
 */
export const KeyboardWalk: Story = {
  play: async ({ canvasElement }) => {
    await tabIntoTree(canvasElement);
    const role = item(canvasElement, /^role/);
    await expect(role).toHaveFocus();

    await userEvent.keyboard('{ArrowDown}');
    const tags = item(canvasElement, /^tags/);
    await expect(tags).toHaveFocus();
    await expect(tags).toHaveAttribute('aria-expanded', 'true');

    await userEvent.keyboard('{ArrowLeft}');
    await expect(tags).toHaveAttribute('aria-expanded', 'false');
    await expect(within(canvasElement).queryByRole('treeitem', { name: /beta/ })).toBeNull();

    await userEvent.keyboard('{ArrowRight}');
    await expect(tags).toHaveAttribute('aria-expanded', 'true');
    await expect(tags).toHaveFocus();

    await userEvent.keyboard('{ArrowRight}');
    const beta = item(canvasElement, /beta/);
    await expect(beta).toHaveFocus();
    await expect(beta).toHaveAttribute('aria-level', '2');
    await expect(beta).toHaveAttribute('aria-posinset', '1');
    await expect(beta).toHaveAttribute('aria-setsize', '3');

    await userEvent.keyboard('{ArrowLeft}');
    await expect(tags).toHaveFocus();

    await userEvent.keyboard('{Enter}');
    await expect(tags).toHaveAttribute('aria-expanded', 'false');

    await userEvent.keyboard('{End}');
    await expect(item(canvasElement, /^onboarded/)).toHaveFocus();
    await userEvent.keyboard('{Home}');
    await expect(item(canvasElement, /^role/)).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    await expect(item(canvasElement, /^role/)).toHaveFocus();
  },
};

/**
 * A click selects a row (focus, the current row that Copy acts on) and leaves it open or closed: only the
 * chevron toggles. The current row is marked clearly only while the tree has focus.
 */
export const ClickToSelect: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const tags = item(canvasElement, /^tags/);
    await userEvent.click(tags);
    await expect(tags).toHaveFocus();
    await expect(tags).toHaveAttribute('aria-selected', 'true');
    await expect(tags).toHaveAttribute('aria-expanded', 'true');
    await expect(item(canvasElement, /^role/)).toHaveAttribute('aria-selected', 'false');
    const focusedBackground = getComputedStyle(tags).backgroundColor;
    await expect(focusedBackground).not.toBe('rgba(0, 0, 0, 0)');

    await userEvent.click(chevron(tags));
    await expect(tags).toHaveAttribute('aria-expanded', 'false');
    await expect(tags).toHaveFocus();
    // The chevron never shrinks, and keeps its distance from the tree's edge.
    await expect(getComputedStyle(chevron(tags)).flexShrink).toBe('0');
    const edge = canvas.getByRole('tree').getBoundingClientRect().left;
    await expect(chevron(tags).getBoundingClientRect().left - edge).toBeGreaterThanOrEqual(4);
    await userEvent.click(chevron(tags));
    await expect(tags).toHaveAttribute('aria-expanded', 'true');

    // Focus elsewhere: the row stays selected (Copy acts on it), without the focused tree's highlight.
    canvas.getByRole('searchbox', { name: 'Search Public metadata' }).focus();
    await expect(tags).toHaveAttribute('aria-selected', 'true');
    await expect(getComputedStyle(tags).backgroundColor).toBe('rgba(0, 0, 0, 0)');
  },
};

/** Every JSON type, each coloured by type: strings, integers, floats, booleans, null inside arrays, nesting. */
export const AllTypes: Story = {
  args: { value: hankoFixtures.privateMetadata, label: 'Private metadata', path: 'private_metadata' },
  play: async ({ canvasElement }) => {
    const plans = item(canvasElement, /^previous_plans/);
    await expect(plans).toHaveAttribute('aria-expanded', 'true');
    // A click on the chevron toggles a container, as Enter does.
    await userEvent.click(chevron(plans));
    await expect(plans).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(chevron(plans));
    await expect(plans).toHaveAttribute('aria-expanded', 'true');
    const nullItem = within(canvasElement).getByRole('treeitem', { name: /^1\s?: null$/ });
    await expect(nullItem.querySelector('[data-type="null"]')).not.toBeNull();
    await expect(item(canvasElement, /^risk_score/).querySelector('[data-type="number"]')).toHaveTextContent('0.13');
  },
};

export const Collapsed: Story = {
  args: { defaultExpandDepth: 0 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('treeitem')).toHaveLength(4);
    await userEvent.click(canvas.getByRole('button', { name: 'Expand all Public metadata' }));
    await expect(item(canvasElement, /^seats/)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Collapse all Public metadata' }));
    await expect(canvas.getAllByRole('treeitem')).toHaveLength(4);
  },
};

/**
 * The WAI-ARIA pattern's extras: `*` opens every container beside the focused row, and characters typed
 * within half a second make one prefix ("te" goes past tags to team).
 */
export const ExpandSiblingsAndTypeAhead: Story = {
  args: { defaultExpandDepth: 0 },
  play: async ({ canvasElement }) => {
    await tabIntoTree(canvasElement);
    // From the last row: the containers that open above it push it down, and focus stays on it.
    await userEvent.keyboard('{End}*');
    await expect(item(canvasElement, /^tags/)).toHaveAttribute('aria-expanded', 'true');
    await expect(item(canvasElement, /^team/)).toHaveAttribute('aria-expanded', 'true');
    const onboarded = item(canvasElement, /^onboarded/);
    await expect(onboarded).toHaveFocus();
    await expect(onboarded).toHaveAttribute('aria-selected', 'true');
    await expect(onboarded).toHaveAttribute('aria-posinset', '4');
    await userEvent.keyboard('{Home}');

    await userEvent.keyboard('te');
    await expect(item(canvasElement, /^team/)).toHaveFocus();
    // After a pause a new prefix starts: "t" alone goes on to the next key with a t, wrapping to tags.
    await new Promise((resolve) => setTimeout(resolve, 600));
    await userEvent.keyboard('t');
    await expect(item(canvasElement, /^tags/)).toHaveFocus();
    // "*" on a row inside tags opens nothing there (no containers), and focus stays.
    await userEvent.keyboard('{ArrowDown}*');
    await expect(item(canvasElement, /beta/)).toHaveFocus();
    await expect(item(canvasElement, /beta/)).toHaveAttribute('aria-level', '2');
  },
};

/** Ten levels down, opened with "Expand all". */
export const Deep: Story = {
  args: { value: hankoFixtures.deep.public_metadata ?? {}, defaultExpandDepth: Number.POSITIVE_INFINITY },
  play: async ({ canvasElement }) => {
    const leaf = item(canvasElement, /^leaf/);
    await expect(leaf).toHaveAttribute('aria-level', '11');
  },
};

/** 80 keys of mixed types, in a viewport that scrolls; only the rows in view are in the DOM. */
export const Wide: Story = {
  args: { value: hankoFixtures.wide.public_metadata ?? {}, height: 240 },
  play: async ({ canvasElement }) => {
    const tree = within(canvasElement).getByRole('group', { name: 'Public metadata' });
    await expect(Number(tree.getAttribute('data-rows'))).toBeGreaterThan(80);
    await expect(within(canvasElement).getAllByRole('treeitem').length).toBeLessThan(80);
    // End scrolls the last row into view and focuses it.
    await tabIntoTree(canvasElement);
    await userEvent.keyboard('{End}');
    await expect(item(canvasElement, /^field_80/)).toHaveFocus();
  },
};

const bigArray: JsonValue = Array.from({ length: 5000 }, (_, index) => ({ id: index + 1, ok: index % 3 !== 0 }));

/** 5,000 objects: still only a window of rows rendered. */
export const FiveThousandItems: Story = {
  args: { value: bigArray, label: 'Events', path: 'events', defaultExpandDepth: 0 },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('treeitem').length).toBeLessThan(60);
  },
};

/**
 * Long strings are cut in their row; "Show more" (named after its key) shows the whole text below the
 * tree. A value cut by the row's width shows whole as a tooltip.
 */
export const LongValues: Story = {
  args: { value: hankoFixtures.longValues.public_metadata ?? {} },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const homepage = item(canvasElement, /^homepage/).querySelector('.rum-json-value') as HTMLElement;
    // Cut in its row, and whole in its tooltip.
    await expect(homepage.scrollWidth).toBeGreaterThan(homepage.clientWidth);
    const { homepage: url } = hankoFixtures.longValues.public_metadata as { homepage: string };
    await expect(homepage).toHaveAttribute('title', url);
    await userEvent.click(within(item(canvasElement, /^bio/)).getByRole('button', { name: 'Show more of bio' }));
    await expect(
      canvas.getByText(/happy to talk about active learning, dataset versioning and evaluation\.$/),
    ).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Show less Public metadata' }));
    await expect(canvas.queryByRole('button', { name: 'Show less Public metadata' })).toBeNull();
  },
};

/** A search keeps the matches and their ancestors, and marks the matching text. */
export const SearchActive: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search Public metadata' }), 'vision');
    const tree = canvas.getByRole('group', { name: 'Public metadata' });
    await expect(tree).toHaveAttribute('data-state', 'filtered');
    await expect(canvas.getAllByRole('treeitem').map((row) => row.textContent)).toEqual([
      'team: {3 keys}',
      'name: "Vision Platform"',
    ]);
    await expect(canvasElement.querySelector('mark')).toHaveTextContent('Vision');
  },
};

/** Whether a row is inside its scrolling viewport's visible area. */
function inView(row: HTMLElement): boolean {
  const viewport = (row.closest('[role="tree"]') as HTMLElement).getBoundingClientRect();
  const box = row.getBoundingClientRect();
  return box.top >= viewport.top - 1 && box.bottom <= viewport.bottom + 1;
}

/**
 * The match count next to the box; Enter and Shift+Enter step through the matches, wrapping, scrolling the
 * current one into view (its highlight gets a heavier edge); Escape clears the search from the box or the tree.
 */
export const SearchSteps: Story = {
  args: { value: hankoFixtures.wide.public_metadata ?? {}, height: 240 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const box = canvas.getByRole('searchbox', { name: 'Search Public metadata' });
    const count = canvasElement.querySelector(`#${CSS.escape(box.getAttribute('aria-describedby') ?? '')}`);
    await userEvent.type(box, 'field_');
    await expect(count).toHaveTextContent('1 of 80');
    const current = () => canvasElement.querySelector<HTMLElement>('[data-match="current"]') as HTMLElement;
    await expect(current()).toHaveTextContent(/^field_01/);
    await userEvent.keyboard('{Enter}');
    await expect(count).toHaveTextContent('2 of 80');
    await expect(current()).toHaveTextContent(/^field_02/);
    await expect(current()).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveFocus();
    // Back past the first match to the last, scrolled into view.
    await userEvent.keyboard('{Shift>}{Enter}{Enter}{/Shift}');
    await expect(count).toHaveTextContent('80 of 80');
    await waitFor(() => expect(current()).toHaveTextContent(/^field_80/));
    await waitFor(() => expect(inView(current())).toBe(true));
    // The current match's highlight differs from the other matches'.
    const mark = current().querySelector('mark') as HTMLElement;
    const otherMark = item(canvasElement, /^field_79/).querySelector('mark') as HTMLElement;
    await expect(getComputedStyle(mark).backgroundColor).not.toBe(getComputedStyle(otherMark).backgroundColor);
    await expect(getComputedStyle(otherMark).backgroundColor).not.toBe('rgba(0, 0, 0, 0)');

    // Escape in the box clears the search.
    await userEvent.keyboard('{Escape}');
    await expect(box).toHaveValue('');
    await expect(count).toHaveTextContent(/^$/);
    // ...and in the tree too, where focus stays.
    await userEvent.type(box, 'field_3');
    await expect(count).toHaveTextContent('1 of 10');
    await userEvent.click(item(canvasElement, /^field_35/));
    await userEvent.keyboard('{Escape}');
    await expect(box).toHaveValue('');
    await expect(canvas.getByRole('tree')).toContainElement(document.activeElement as HTMLElement);
    await userEvent.type(box, 'field_7{Enter}');
    await expect(count).toHaveTextContent('2 of 10');
  },
};

export const SearchWithoutMatches: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search Public metadata' }), 'no such value');
    await expect(canvas.getByText('No matches')).toBeVisible();
    await expect(canvas.queryByRole('tree')).toBeNull();
    await expect(canvas.getByRole('button', { name: 'Copy value Public metadata' })).toBeDisabled();
  },
};

/** Copy the focused row's path or value; the result is announced in a live region. */
export const CopyPathAndValue: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Headless Chromium has no clipboard permission: stand in for it, and check what would be written.
    const writeText = spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    try {
      await tabIntoTree(canvasElement);
      await userEvent.keyboard('{ArrowDown}{ArrowDown}');
      await expect(item(canvasElement, /beta/)).toHaveFocus();
      await userEvent.click(canvas.getByRole('button', { name: 'Copy path Public metadata' }));
      await expect(writeText).toHaveBeenLastCalledWith('public_metadata.tags[0]');
      await userEvent.click(canvas.getByRole('button', { name: 'Copy value Public metadata' }));
      await expect(writeText).toHaveBeenLastCalledWith('"beta"');
      await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Copied'));
      // The row copied shows a check for a moment; the screenshot is taken once it is gone.
      await expect(copyButton(item(canvasElement, /beta/))).toHaveAttribute('data-state', 'copied');
      await waitFor(() => expect(copyButton(item(canvasElement, /beta/))).not.toHaveAttribute('data-state'), {
        timeout: 3000,
      });
    } finally {
      writeText.mockRestore();
    }
  },
};

/**
 * Each row has a copy button, shown on hover and on the focused tree's current row, that turns into a
 * check for 1.5 s; Ctrl/Cmd+C copies the focused row, and so do Enter and Space on a value.
 */
export const CopyRow: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const writeText = spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    try {
      const seats = item(canvasElement, /^seats/);
      await expect(getComputedStyle(copyButton(seats)).visibility).toBe('hidden');
      await userEvent.click(copyButton(seats));
      await expect(writeText).toHaveBeenLastCalledWith('12');
      await expect(seats).toHaveFocus();
      await expect(seats).toHaveAttribute('aria-selected', 'true');
      await expect(copyButton(seats)).toHaveAttribute('data-state', 'copied');
      await expect(copyButton(seats).querySelector('[data-icon]')).toHaveAttribute('data-icon', 'check');
      await expect(getComputedStyle(copyButton(seats)).visibility).toBe('visible');
      await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Copied'));
      // The check goes after about 1.5 s; the button stays, as the focused tree's current row shows it.
      await waitFor(() => expect(copyButton(seats)).not.toHaveAttribute('data-state'), { timeout: 3000 });
      await expect(copyButton(seats).querySelector('[data-icon]')).toHaveAttribute('data-icon', 'copy');
      await expect(getComputedStyle(copyButton(seats)).visibility).toBe('visible');
      await expect(getComputedStyle(copyButton(item(canvasElement, /^role/))).visibility).toBe('hidden');

      await userEvent.keyboard('{ArrowUp}{Control>}c{/Control}');
      await expect(writeText).toHaveBeenLastCalledWith('"Vision Platform"');
      await userEvent.keyboard('{ArrowUp}{Enter}');
      await expect(writeText).toHaveBeenLastCalledWith('"team_8c1f2a"');
      await waitFor(() => expect(copyButton(item(canvasElement, /^id/))).not.toHaveAttribute('data-state'), {
        timeout: 3000,
      });
    } finally {
      writeText.mockRestore();
    }
  },
};

/** A primitive is one row. */
export const PrimitiveValue: Story = {
  args: { value: 'just a string', label: 'A string', path: 'value' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('treeitem')).toHaveLength(1);
  },
};
