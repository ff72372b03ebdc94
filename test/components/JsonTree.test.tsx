import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { JsonTree } from '../../src/components/JsonTree';
import type { JsonValue } from '../../src/core/json';

const data: JsonValue = {
  role: 'admin',
  tags: ['a', null, 3],
  count: 42,
  ratio: 1.5,
  active: true,
  nothing: null,
  profile: { city: 'Berlin', zip: '10115', address: { street: 'Main' } },
  empty: {},
  list: [],
};

const items = () => screen.getAllByRole('treeitem');
const item = (name: string | RegExp) => screen.getByRole('treeitem', { name });
/** The part of a row that opens and closes it (a click elsewhere on the row only selects it). */
const chevron = (name: string | RegExp) => item(name).querySelector<HTMLElement>('[data-part="chevron"]') as HTMLElement;
const names = () => items().map((row) => row.textContent);
const aria = (row: HTMLElement) => ({
  level: row.getAttribute('aria-level'),
  setsize: row.getAttribute('aria-setsize'),
  posinset: row.getAttribute('aria-posinset'),
  expanded: row.getAttribute('aria-expanded'),
});

/** Replaces navigator.clipboard (after userEvent.setup, which installs its own stub). */
function mockClipboard(writeText = vi.fn(async (_text: string) => {})) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return writeText;
}

afterEach(() => {
  Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
});

describe('JsonTree: rendering', () => {
  it('renders a named tree of treeitems with levels, set sizes and positions', () => {
    render(<JsonTree label="Data" value={data} />);
    const tree = screen.getByRole('tree', { name: 'Data' });
    expect(within(tree).getAllByRole('treeitem')).toHaveLength(15);
    expect(aria(item(/^role/))).toEqual({ level: '1', setsize: '9', posinset: '1', expanded: null });
    expect(aria(item(/^tags/))).toEqual({ level: '1', setsize: '9', posinset: '2', expanded: 'true' });
    expect(aria(item(/^1: null/))).toEqual({ level: '2', setsize: '3', posinset: '2', expanded: null });
    expect(aria(item(/^list/))).toEqual({ level: '1', setsize: '9', posinset: '9', expanded: null });
    expect(aria(item(/^address/))).toEqual({ level: '2', setsize: '3', posinset: '3', expanded: 'false' });
  });

  it('renders each type its own way: quoted strings, numbers, booleans, null, counts for arrays and objects', () => {
    render(<JsonTree label="Data" value={data} />);
    expect(names().slice(0, 11)).toEqual([
      'role: "admin"',
      'tags: [3 items]',
      '0: "a"',
      '1: null',
      '2: 3',
      'count: 42',
      'ratio: 1.5',
      'active: true',
      'nothing: null',
      'profile: {3 keys}',
      'city: "Berlin"',
    ]);
    expect(item(/^empty/)).toHaveTextContent('empty: {0 keys}');
    expect(item(/^list/)).toHaveTextContent('list: [0 items]');
    const types = items().map((row) => row.querySelector('.rum-json-value')?.getAttribute('data-type'));
    expect(types.slice(0, 8)).toEqual(['string', 'array', 'string', 'null', 'number', 'number', 'number', 'boolean']);
  });

  it('marks only containers with children as expandable', () => {
    render(<JsonTree label="Data" value={data} />);
    expect(item(/^empty/)).not.toHaveAttribute('aria-expanded');
    expect(item(/^list/)).not.toHaveAttribute('aria-expanded');
    expect(item(/^role/)).not.toHaveAttribute('aria-expanded');
  });

  it('opens containers down to defaultExpandDepth', () => {
    const { unmount } = render(<JsonTree label="Data" value={data} defaultExpandDepth={0} />);
    expect(items()).toHaveLength(9);
    expect(item(/^tags/)).toHaveAttribute('aria-expanded', 'false');
    unmount();
    render(<JsonTree label="Data" value={data} defaultExpandDepth={2} />);
    expect(item(/^address/)).toHaveAttribute('aria-expanded', 'true');
    expect(item('street: "Main"')).toHaveAttribute('aria-level', '3');
  });

  it('shows a primitive or an empty root as a single row', () => {
    const { rerender } = render(<JsonTree label="Data" value={42} />);
    expect(aria(item('42'))).toEqual({ level: '1', setsize: '1', posinset: '1', expanded: null });
    rerender(<JsonTree label="Data" value={[]} />);
    expect(items()).toHaveLength(1);
    expect(item('[0 items]')).not.toHaveAttribute('aria-expanded');
    rerender(<JsonTree label="Data" value="text" />);
    expect(item('"text"')).toBeInTheDocument();
  });

  it('renders numbers beyond 2^53 as JSON.parse produced them', () => {
    const value = JSON.parse('{"big": 123456789012345678901234567890, "small": -1e-7}') as JsonValue;
    render(<JsonTree label="Data" value={value} />);
    expect(item(/^big/)).toHaveTextContent(`big: ${String(1.2345678901234568e29)}`);
    expect(item(/^small/)).toHaveTextContent('small: -1e-7');
  });

  it('formats counts with the locale and takes every string from labels', () => {
    const value = { many: Array.from({ length: 1234 }, (_, i) => i), one: { a: 1 } };
    render(
      <JsonTree
        label="Daten"
        value={value}
        locale="de-DE"
        defaultExpandDepth={0}
        labels={{
          items: (_count, formatted) => `${formatted} Einträge`,
          keys: (count) => `${count} Schlüssel`,
          search: 'Suchen',
          expandAll: 'Alle öffnen',
          collapseAll: 'Alle schließen',
          copyValue: 'Wert kopieren',
          copyPath: 'Pfad kopieren',
          named: (control, tree) => `${control} (${tree})`,
        }}
      />,
    );
    expect(item(/^many/)).toHaveTextContent('many: [1.234 Einträge]');
    expect(item(/^one/)).toHaveTextContent('one: {1 Schlüssel}');
    expect(screen.getByRole('searchbox', { name: 'Suchen (Daten)' })).toHaveAttribute('placeholder', 'Suchen');
    for (const name of ['Alle öffnen', 'Alle schließen', 'Wert kopieren', 'Pfad kopieren']) {
      expect(screen.getByRole('button', { name: `${name} (Daten)` })).toHaveTextContent(name);
    }
  });

  it('names each toolbar control after its tree, so the controls of two trees can be told apart', () => {
    render(
      <>
        <JsonTree label="Settings" value={data} />
        <JsonTree label="Profile" value={data} />
      </>,
    );
    for (const tree of ['Settings', 'Profile']) {
      expect(screen.getByRole('searchbox', { name: `Search ${tree}` })).toHaveAttribute('placeholder', 'Search');
      for (const control of ['Expand all', 'Collapse all', 'Copy value', 'Copy path']) {
        // The visible text stays short; the accessible name starts with it.
        expect(screen.getByRole('button', { name: `${control} ${tree}` })).toHaveTextContent(
          new RegExp(`^${control}$`),
        );
      }
    }
  });

  it('gives keys and primitive values their whole text as a tooltip, for text cut by the row width', () => {
    const long = 'y'.repeat(120);
    render(<JsonTree label="Data" value={{ [long]: 'short', n: 1.5, e: '', list: [1] }} />);
    const row = item(/^y+/);
    expect(row.querySelector('.rum-json-key')).toHaveAttribute('title', long);
    expect(row.querySelector('.rum-json-value')).toHaveAttribute('title', 'short');
    expect(item(/^n/).querySelector('.rum-json-value')).toHaveAttribute('title', '1.5');
    // Nothing to show for an empty string, and a container's count is never cut.
    expect(item(/^e/).querySelector('.rum-json-value')).not.toHaveAttribute('title');
    expect(item(/^list/).querySelector('.rum-json-value')).not.toHaveAttribute('title');
  });

  it('takes className and HTML props on its root, and forwards its ref', () => {
    const ref = createRef<HTMLDivElement>();
    render(<JsonTree ref={ref} label="Data" value={data} className="mine" data-testid="root" />);
    const root = screen.getByTestId('root');
    expect(ref.current).toBe(root);
    expect(root).toHaveClass('rum-root', 'rum-json-tree', 'mine');
    expect(root).toHaveAttribute('data-state', 'idle');
    expect(root).toHaveAttribute('data-rows', '15');
    expect(screen.getByRole('group', { name: 'Data' })).toBe(root);
  });

  it('shows strings with HTML or script as text, never as markup', () => {
    const value = { bio: '<img src=x onerror="alert(1)"><script>alert(2)</script>', '<b>key</b>': 1 };
    const { container } = render(<JsonTree label="Data" value={value} />);
    expect(container.querySelector('img, script, b')).toBeNull();
    expect(item(/^bio/)).toHaveTextContent('bio: "<img src=x onerror="alert(1)"><script>alert(2)</script>"');
    expect(item(/^<b>key<\/b>/)).toHaveTextContent('<b>key</b>: 1');
  });
});

describe('JsonTree: keyboard (WAI-ARIA tree view pattern)', () => {
  it('is one tab stop: Tab enters the tree on its first row and leaves it with the next Tab', async () => {
    const user = userEvent.setup();
    render(
      <>
        <JsonTree label="Data" value={data} />
        <button type="button">after</button>
      </>,
    );
    expect(items().filter((row) => row.tabIndex === 0)).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Copy path Data' }));
    await user.tab();
    expect(item(/^role/)).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'after' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(item(/^role/)).toHaveFocus();
  });

  it('walks with arrows, Home, End, Enter and Space as the pattern says', async () => {
    const user = userEvent.setup();
    render(<JsonTree label="Data" value={data} />);
    await user.click(item(/^role/));
    await user.keyboard('{ArrowUp}');
    expect(item(/^role/)).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(item(/^tags/)).toHaveFocus();
    // → on an open node moves to its first child; ← on a child moves to its parent.
    await user.keyboard('{ArrowRight}');
    expect(item('0: "a"')).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(item('0: "a"')).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(item(/^tags/)).toHaveFocus();
    // ← on an open node closes it; → on a closed node opens it (focus stays).
    await user.keyboard('{ArrowLeft}');
    expect(item(/^tags/)).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('treeitem', { name: '0: "a"' })).toBeNull();
    expect(item(/^tags/)).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(item(/^tags/)).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(item(/^tags/)).toHaveAttribute('aria-expanded', 'true');
    expect(item(/^tags/)).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(item(/^tags/)).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard(' ');
    expect(item(/^tags/)).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{End}');
    expect(item(/^list/)).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(item(/^list/)).toHaveFocus();
    await user.keyboard('{Home}');
    expect(item(/^role/)).toHaveFocus();
    // Enter on a leaf copies it (below); focus stays, and the roving tab stop follows focus.
    await user.keyboard('{Enter}');
    expect(item(/^role/)).toHaveFocus();
    expect(items().filter((row) => row.tabIndex === 0)).toEqual([item(/^role/)]);
  });

  it('moves to the next row whose key starts with a typed character, wrapping around', async () => {
    const user = userEvent.setup();
    // Each key comes a second after the last, so each one starts a new type-ahead.
    let now = 0;
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => (now += 1000));
    try {
      render(<JsonTree label="Data" value={data} />);
      await user.click(item(/^role/));
      await user.keyboard('p');
      expect(item(/^profile/)).toHaveFocus();
      await user.keyboard('C');
      expect(item(/^city/)).toHaveFocus();
      await user.keyboard('c');
      expect(item(/^count/)).toHaveFocus();
      await user.keyboard('1');
      expect(item('1: null')).toHaveFocus();
      await user.keyboard('x');
      expect(item('1: null')).toHaveFocus();
    } finally {
      clock.mockRestore();
    }
  });

  it('reads characters typed within half a second as one prefix', async () => {
    const user = userEvent.setup();
    let now = 0;
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => now);
    try {
      render(<JsonTree label="Data" value={data} />);
      await user.click(item(/^role/));
      // "c" alone would go to city (the next c after role); "co" goes on to count.
      await user.keyboard('co');
      expect(item(/^count/)).toHaveFocus();
      now += 100;
      await user.keyboard('u');
      expect(item(/^count/)).toHaveFocus();
      now += 600;
      await user.keyboard('c');
      expect(item(/^city/)).toHaveFocus();
    } finally {
      clock.mockRestore();
    }
  });

  it('opens every container beside the focused row on "*", and leaves focus where it is', async () => {
    const user = userEvent.setup();
    render(<JsonTree label="Data" value={data} defaultExpandDepth={0} />);
    await user.click(item(/^count/));
    await user.keyboard('*');
    expect(item(/^tags/)).toHaveAttribute('aria-expanded', 'true');
    expect(item(/^profile/)).toHaveAttribute('aria-expanded', 'true');
    // Only siblings: the container inside profile stays closed; empty containers have nothing to open.
    expect(item(/^address/)).toHaveAttribute('aria-expanded', 'false');
    expect(item(/^empty/)).not.toHaveAttribute('aria-expanded');
    expect(item(/^count/)).toHaveFocus();
    expect(items()).toHaveLength(15);
  });

  it("keeps the user's own expansion when equal data arrives as new objects (a refetch)", async () => {
    const user = userEvent.setup();
    const { rerender } = render(<JsonTree label="Data" value={data} />);
    await user.click(chevron(/^address/));
    await user.click(chevron(/^tags/));
    rerender(<JsonTree label="Data" value={JSON.parse(JSON.stringify(data)) as JsonValue} />);
    expect(item(/^address/)).toHaveAttribute('aria-expanded', 'true');
    expect(item(/^tags/)).toHaveAttribute('aria-expanded', 'false');
    expect(item('street: "Main"')).toBeInTheDocument();
  });

  it('opens and closes a container by a click on its chevron; a click elsewhere on the row only selects it', async () => {
    const user = userEvent.setup();
    render(<JsonTree label="Data" value={data} />);
    await user.click(item(/^address/));
    expect(item(/^address/)).toHaveAttribute('aria-expanded', 'false');
    expect(item(/^address/)).toHaveFocus();
    expect(item(/^address/)).toHaveAttribute('aria-selected', 'true');
    expect(item(/^role/)).toHaveAttribute('aria-selected', 'false');
    await user.click(item(/^tags/));
    expect(item(/^tags/)).toHaveAttribute('aria-expanded', 'true');
    expect(item(/^tags/)).toHaveFocus();
    await user.click(chevron(/^address/));
    expect(item(/^address/)).toHaveAttribute('aria-expanded', 'true');
    expect(item('street: "Main"')).toHaveAttribute('aria-level', '3');
    expect(item(/^address/)).toHaveFocus();
    await user.click(chevron(/^address/));
    expect(item(/^address/)).toHaveAttribute('aria-expanded', 'false');
  });

  it('keeps set sizes and positions right after a collapse', async () => {
    const user = userEvent.setup();
    render(<JsonTree label="Data" value={data} />);
    await user.click(chevron(/^profile/));
    expect(items()).toHaveLength(12);
    expect(items().map((row) => row.getAttribute('aria-posinset'))).toEqual([
      '1',
      '2',
      '1',
      '2',
      '3',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
    ]);
    expect(item(/^empty/)).toHaveAttribute('aria-setsize', '9');
  });
});

describe('JsonTree: expand and collapse all', () => {
  it('opens every container, then closes them all', async () => {
    const user = userEvent.setup();
    render(<JsonTree label="Data" value={data} />);
    await user.click(screen.getByRole('button', { name: 'Expand all Data' }));
    expect(items()).toHaveLength(16);
    expect(item(/^address/)).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('button', { name: 'Collapse all Data' }));
    expect(items()).toHaveLength(9);
    expect(items().filter((row) => row.getAttribute('aria-expanded') === 'true')).toEqual([]);
  });
});

describe('JsonTree: search', () => {
  it('filters to matching keys and their ancestors, and highlights the match as text', async () => {
    const user = userEvent.setup();
    const { container } = render(<JsonTree label="Data" value={data} />);
    await user.type(screen.getByRole('searchbox', { name: 'Search Data' }), 'cit');
    expect(names()).toEqual(['profile: {3 keys}', 'city: "Berlin"']);
    expect(aria(item(/^profile/))).toEqual({ level: '1', setsize: '1', posinset: '1', expanded: 'true' });
    expect(aria(item(/^city/))).toEqual({ level: '2', setsize: '1', posinset: '1', expanded: null });
    expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['cit']);
    expect(screen.getByRole('group', { name: 'Data' })).toHaveAttribute('data-state', 'filtered');
  });

  it('matches values case-insensitively, at any depth', async () => {
    const user = userEvent.setup();
    const { container } = render(<JsonTree label="Data" value={data} defaultExpandDepth={0} />);
    await user.type(screen.getByRole('searchbox'), 'MAIN');
    expect(names()).toEqual(['profile: {3 keys}', 'address: {1 key}', 'street: "Main"']);
    expect(container.querySelector('mark')?.textContent).toBe('Main');
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'true');
    expect(names()).toEqual(['active: true']);
  });

  it('matches numbers, null and booleans by their text', async () => {
    const user = userEvent.setup();
    render(<JsonTree label="Data" value={{ ratio: 1.5, tiny: -1e-7, n: null, off: false, word: 'x' }} />);
    const search = screen.getByRole('searchbox');
    await user.type(search, '1.5');
    expect(names()).toEqual(['ratio: 1.5']);
    await user.clear(search);
    await user.type(search, 'E-7');
    expect(names()).toEqual(['tiny: -1e-7']);
    await user.clear(search);
    await user.type(search, 'ul');
    expect(names()).toEqual(['n: null']);
    await user.clear(search);
    await user.type(search, 'als');
    expect(names()).toEqual(['off: false']);
  });

  it('sizes sets by the rows the search shows', async () => {
    const user = userEvent.setup();
    render(<JsonTree label="Data" value={{ a: { x1: 1, y: 2, x2: 3 }, x3: 4 }} />);
    await user.type(screen.getByRole('searchbox'), 'x');
    expect(
      items().map((row) => [row.textContent, row.getAttribute('aria-setsize'), row.getAttribute('aria-posinset')]),
    ).toEqual([
      ['a: {3 keys}', '2', '1'],
      ['x1: 1', '2', '1'],
      ['x2: 3', '2', '2'],
      ['x3: 4', '2', '2'],
    ]);
  });

  it('shows a matched container collapsed, and all its children when opened', async () => {
    const user = userEvent.setup();
    render(<JsonTree label="Data" value={data} />);
    await user.type(screen.getByRole('searchbox'), 'address');
    expect(names()).toEqual(['profile: {3 keys}', 'address: {1 key}']);
    expect(item(/^address/)).toHaveAttribute('aria-expanded', 'false');
    await user.click(chevron(/^address/));
    expect(names()).toEqual(['profile: {3 keys}', 'address: {1 key}', 'street: "Main"']);
  });

  it('says so when nothing matches, and restores the tree when cleared', async () => {
    const user = userEvent.setup();
    render(<JsonTree label="Data" value={data} />);
    await user.click(chevron(/^profile/));
    await user.type(screen.getByRole('searchbox'), 'zzz');
    expect(screen.queryByRole('tree')).toBeNull();
    expect(screen.getByText('No matches')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy value Data' })).toBeDisabled();
    await user.clear(screen.getByRole('searchbox'));
    // The user's own expansion (profile closed) survives the search.
    expect(items()).toHaveLength(12);
    expect(item(/^profile/)).toHaveAttribute('aria-expanded', 'false');
  });

  it('counts the matches next to the box, and Enter and Shift+Enter step through them, wrapping', async () => {
    const user = userEvent.setup();
    render(<JsonTree label="Data" value={data} />);
    const box = screen.getByRole('searchbox');
    const count = document.getElementById(box.getAttribute('aria-describedby') as string) as HTMLElement;
    expect(count).toHaveTextContent(/^$/);
    expect(count).toHaveAttribute('aria-live', 'polite');
    // "i" is in several keys and values (city, ratio, admin, ...): the count says how many.
    await user.type(box, 'i');
    const matched = () => items().filter((row) => row.dataset.match === 'current');
    const total = count.textContent?.split(' of ')[1];
    expect(Number(total)).toBeGreaterThan(2);
    expect(count).toHaveTextContent(`1 of ${total}`);
    expect(matched()).toHaveLength(1);
    const first = matched()[0]?.textContent;
    await user.keyboard('{Enter}');
    expect(count).toHaveTextContent(`2 of ${total}`);
    expect(matched()[0]?.textContent).not.toBe(first);
    // The current match is the tree's current row too (Copy acts on it); focus stays in the box.
    expect(matched()[0]).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveFocus();
    await user.keyboard('{Shift>}{Enter}{/Shift}{Shift>}{Enter}{/Shift}');
    expect(count).toHaveTextContent(`${total} of ${total}`);
    await user.keyboard('{Enter}');
    expect(count).toHaveTextContent(`1 of ${total}`);
    expect(matched()[0]?.textContent).toBe(first);
  });

  it('opens the ancestors of a match the user closed when Enter goes to it', async () => {
    const user = userEvent.setup();
    render(<JsonTree label="Data" value={data} />);
    await user.type(screen.getByRole('searchbox'), 'street');
    expect(names()).toEqual(['profile: {3 keys}', 'address: {1 key}', 'street: "Main"']);
    await user.click(chevron(/^profile/));
    expect(names()).toEqual(['profile: {3 keys}']);
    await user.click(screen.getByRole('searchbox'));
    await user.keyboard('{Enter}');
    expect(names()).toEqual(['profile: {3 keys}', 'address: {1 key}', 'street: "Main"']);
    expect(item('street: "Main"')).toHaveAttribute('aria-selected', 'true');
    expect(item('street: "Main"')).toHaveAttribute('data-match', 'current');
  });

  it('says 0 of 0 when nothing matches', async () => {
    const user = userEvent.setup();
    render(<JsonTree label="Data" value={data} locale="en" />);
    await user.type(screen.getByRole('searchbox'), 'zzz{Enter}');
    expect(screen.getByText('0 of 0')).toBeInTheDocument();
  });

  it('clears the search on Escape from the box or from the tree, where focus stays', async () => {
    const user = userEvent.setup();
    render(<JsonTree label="Data" value={data} />);
    const box = screen.getByRole('searchbox');
    await user.type(box, 'city');
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('');
    expect(items()).toHaveLength(15);
    await user.type(box, 'city');
    await user.click(item(/^city/));
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('');
    expect(items()).toHaveLength(15);
    expect(screen.getByRole('tree')).toContainElement(document.activeElement as HTMLElement);
  });

  it('treats regular expression characters in the query literally', async () => {
    const user = userEvent.setup();
    render(<JsonTree label="Data" value={{ 'a.b': 1, axb: 2, '(x)': 3 }} />);
    await user.type(screen.getByRole('searchbox'), 'a.');
    expect(names()).toEqual(['a.b: 1']);
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), '(x');
    expect(names()).toEqual(['(x): 3']);
  });

  it('expand all and collapse all apply to the search results', async () => {
    const user = userEvent.setup();
    render(<JsonTree label="Data" value={data} />);
    await user.type(screen.getByRole('searchbox'), 'address');
    await user.click(screen.getByRole('button', { name: 'Expand all Data' }));
    expect(names()).toEqual(['profile: {3 keys}', 'address: {1 key}', 'street: "Main"']);
    await user.click(screen.getByRole('button', { name: 'Collapse all Data' }));
    expect(names()).toEqual(['profile: {3 keys}']);
  });
});

describe('JsonTree: copy', () => {
  it('copies the focused value as JSON and its path, and announces it politely', async () => {
    const user = userEvent.setup();
    const writeText = mockClipboard();
    render(<JsonTree label="Data" value={data} path="public_metadata" />);
    await user.click(item(/^city/));
    await user.click(screen.getByRole('button', { name: 'Copy path Data' }));
    expect(writeText).toHaveBeenLastCalledWith('public_metadata.profile.city');
    expect(await screen.findByRole('status')).toHaveTextContent('Copied');
    // Focus (by keyboard here) picks a container without toggling it.
    await user.click(item(/^city/));
    await user.keyboard('{ArrowUp}');
    await user.click(screen.getByRole('button', { name: 'Copy value Data' }));
    expect(writeText).toHaveBeenLastCalledWith('{"city":"Berlin","zip":"10115","address":{"street":"Main"}}');
    await user.click(item('1: null'));
    await user.click(screen.getByRole('button', { name: 'Copy path Data' }));
    expect(writeText).toHaveBeenLastCalledWith('public_metadata.tags[1]');
    await user.click(screen.getByRole('button', { name: 'Copy value Data' }));
    expect(writeText).toHaveBeenLastCalledWith('null');
  });

  it('copies the row the keyboard is on', async () => {
    const user = userEvent.setup();
    const writeText = mockClipboard();
    render(<JsonTree label="Data" value={data} />);
    await user.click(item(/^role/));
    await user.keyboard('{ArrowDown}{ArrowRight}');
    await user.click(screen.getByRole('button', { name: 'Copy path Data' }));
    expect(writeText).toHaveBeenLastCalledWith('tags[0]');
  });

  it("copies the focused row's value with Ctrl+C or Cmd+C, and with Enter or Space on a value", async () => {
    const user = userEvent.setup();
    const writeText = mockClipboard();
    render(<JsonTree label="Data" value={data} />);
    await user.click(item(/^role/));
    await user.keyboard('{Control>}c{/Control}');
    expect(writeText).toHaveBeenLastCalledWith('"admin"');
    await user.keyboard('{ArrowDown}{Meta>}c{/Meta}');
    expect(writeText).toHaveBeenLastCalledWith('["a",null,3]');
    // Enter on a container still toggles it, and copies nothing.
    await user.keyboard('{Enter}');
    expect(item(/^tags/)).toHaveAttribute('aria-expanded', 'false');
    expect(writeText).toHaveBeenCalledTimes(2);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(writeText).toHaveBeenLastCalledWith('42');
    await user.keyboard('{ArrowDown} ');
    expect(writeText).toHaveBeenLastCalledWith('1.5');
    expect(item(/^ratio/)).toHaveFocus();
    expect(await screen.findByRole('status')).toHaveTextContent('Copied');
  });

  it('copies a row by its copy button, which turns into a check for a moment, and selects the row', async () => {
    const user = userEvent.setup();
    const writeText = mockClipboard();
    render(<JsonTree label="Data" value={data} />);
    const button = () => item(/^count/).querySelector<HTMLElement>('[data-part="copy"]') as HTMLElement;
    // Hidden from screen readers (it would be read in every row) and out of the tab order.
    expect(button()).toHaveAttribute('aria-hidden', 'true');
    expect(button()).toHaveAttribute('tabindex', '-1');
    expect(button()).toHaveAttribute('title', 'Copy value');
    await user.click(button());
    expect(writeText).toHaveBeenLastCalledWith('42');
    expect(item(/^count/)).toHaveFocus();
    expect(item(/^count/)).toHaveAttribute('aria-selected', 'true');
    await waitFor(() => expect(button()).toHaveAttribute('data-state', 'copied'));
    expect(button().querySelector('[data-icon]')).toHaveAttribute('data-icon', 'check');
    expect(button()).toHaveAttribute('title', 'Copied');
    expect(item(/^role/).querySelector('[data-part="copy"]')).not.toHaveAttribute('data-state');
    await waitFor(() => expect(button()).not.toHaveAttribute('data-state'), { timeout: 2500 });
    expect(button().querySelector('[data-icon]')).toHaveAttribute('data-icon', 'copy');
  });

  it('announces a failure when there is no clipboard (insecure context)', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    render(<JsonTree label="Data" value={data} />);
    await user.click(screen.getByRole('button', { name: 'Copy value Data' }));
    expect(await screen.findByText('Could not copy')).toHaveAttribute('role', 'status');
  });

  it('announces a failure when the browser refuses to write', async () => {
    const user = userEvent.setup();
    mockClipboard(vi.fn(async () => Promise.reject(new DOMException('denied', 'NotAllowedError'))));
    render(<JsonTree label="Data" value={data} />);
    await user.click(screen.getByRole('button', { name: 'Copy path Data' }));
    expect(await screen.findByText('Could not copy')).toBeInTheDocument();
  });
});

describe('JsonTree: hostile keys', () => {
  const hostile = JSON.parse(
    '{"__proto__": {"polluted": true}, "constructor": 1, "prototype": 2, "": 3, "a.b": 4, "0": 5, "with space": 6, "q\\"uote": 7, "\\u202eevil": 8, "zero\\u200bwidth": 9, "list": [[10]]}',
  ) as JsonValue;

  it('shows every key exactly, and never touches the prototype', () => {
    render(<JsonTree label="Data" value={hostile} defaultExpandDepth={Infinity} />);
    const keys = items().map((row) => row.querySelector('.rum-json-key')?.textContent);
    // Integer-like keys come first in JavaScript's own key order.
    expect(keys).toEqual([
      '0',
      '__proto__',
      'polluted',
      'constructor',
      'prototype',
      '',
      'a.b',
      'with space',
      'q"uote',
      '\u202eevil',
      'zero\u200bwidth',
      'list',
      '0',
      '0',
    ]);
    expect(item(/^__proto__/)).toHaveTextContent('__proto__: {1 key}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('shows an empty key as an empty text (marked by CSS), unlike a key made of two quotes', () => {
    render(<JsonTree label="Data" value={{ '': 1, '""': 2 }} />);
    const keys = items().map((row) => row.querySelector('.rum-json-key') as HTMLElement);
    expect(keys.map((key) => key.textContent)).toEqual(['', '""']);
    expect(keys[0]?.matches(':empty')).toBe(true);
    expect(keys[1]?.matches(':empty')).toBe(false);
  });

  it('reveals invisible and direction-changing characters by code point, keeping the text exact', () => {
    render(<JsonTree label="Data" value={{ '\u202eevil': 'a\u200bb', note: 'line1\nline2\u2066' }} />);
    const key = item(/evil/).querySelector('.rum-json-key') as HTMLElement;
    expect(key.textContent).toBe('\u202eevil');
    expect(
      [...key.querySelectorAll('.rum-json-char')].map((c) => [c.textContent, c.getAttribute('data-code')]),
    ).toEqual([['\u202e', '202e']]);
    const codes = (row: HTMLElement) =>
      [...row.querySelectorAll('.rum-json-value .rum-json-char')].map((c) => c.getAttribute('data-code'));
    expect(codes(item(/evil/))).toEqual(['200b']);
    expect(codes(item(/^note/))).toEqual(['000a', '2066']);
    expect(item(/^note/).querySelector('.rum-json-value')?.textContent).toBe('"line1\nline2\u2066"');
  });

  it('copies a path that names each key unambiguously', async () => {
    const user = userEvent.setup();
    const writeText = mockClipboard();
    render(<JsonTree label="Data" value={hostile} path="public_metadata" defaultExpandDepth={Infinity} />);
    const paths: string[] = [];
    for (const row of items()) {
      act(() => row.focus());
      await user.click(screen.getByRole('button', { name: 'Copy path Data' }));
      paths.push(writeText.mock.lastCall?.[0] as string);
    }
    expect(paths).toEqual([
      'public_metadata["0"]',
      'public_metadata["__proto__"]',
      'public_metadata["__proto__"].polluted',
      'public_metadata.constructor',
      'public_metadata.prototype',
      'public_metadata[""]',
      'public_metadata["a.b"]',
      'public_metadata["with space"]',
      'public_metadata["q\\"uote"]',
      'public_metadata["\u202eevil"]',
      'public_metadata["zero\u200bwidth"]',
      'public_metadata.list',
      'public_metadata.list[0]',
      'public_metadata.list[0][0]',
    ]);
  });
});

describe('JsonTree: size and depth', () => {
  const wide = Array.from({ length: 1000 }, (_, i) => ({ id: i }));
  const focus = (row: HTMLElement) => act(() => row.focus());

  it('keeps the DOM small for a large tree: only the rows in view (plus overscan) exist', () => {
    const { container } = render(<JsonTree label="Data" value={wide} height={240} defaultExpandDepth={Infinity} />);
    expect(screen.getByRole('group')).toHaveAttribute('data-rows', '2000');
    expect(items().length).toBeLessThanOrEqual(10 + 8 + 1);
    expect(container.querySelectorAll('*').length).toBeLessThan(200);
    expect(container.querySelector('.rum-json-rows')).toHaveStyle({ height: `${2000 * 24}px` });
  });

  it('moves focus to rows that start off screen, scrolling them into view', async () => {
    const user = userEvent.setup();
    render(<JsonTree label="Data" value={wide} height={240} defaultExpandDepth={0} />);
    const tree = screen.getByRole('tree');
    expect(screen.queryByRole('treeitem', { name: /^999/ })).toBeNull();
    focus(item(/^0:/));
    await user.keyboard('{End}');
    const last = item(/^999:/);
    expect(last).toHaveFocus();
    expect(aria(last)).toEqual({ level: '1', setsize: '1000', posinset: '1000', expanded: 'false' });
    expect(screen.queryByRole('treeitem', { name: /^0:/ })).toBeNull();
    expect(tree.scrollTop).toBe(1000 * 24 - 240);
    await user.keyboard('{ArrowUp}{ArrowUp}{ArrowRight}{ArrowRight}');
    expect(item('id: 997')).toHaveFocus();
    expect(item('id: 997')).toHaveAttribute('aria-level', '2');
    await user.keyboard('{ArrowLeft}');
    expect(item(/^997:/)).toHaveFocus();
    await user.keyboard('{Home}');
    expect(item(/^0:/)).toHaveFocus();
    expect(items().length).toBeLessThanOrEqual(19);
  });

  it('keeps the focused row in the DOM when the user scrolls it away', async () => {
    const user = userEvent.setup();
    render(<JsonTree label="Data" value={wide} height={240} defaultExpandDepth={0} />);
    focus(item(/^0:/));
    const tree = screen.getByRole('tree');
    Object.defineProperty(tree, 'scrollTop', { value: 500 * 24, writable: true, configurable: true });
    fireEvent.scroll(tree);
    expect(item(/^500:/)).toBeInTheDocument();
    expect(item(/^0:/)).toHaveFocus();
    expect(item(/^0:/).tabIndex).toBe(0);
    await user.keyboard('{ArrowDown}');
    expect(item(/^1:/)).toHaveFocus();
  });

  it('renders and walks a 10,000-deep value without overflowing the stack', async () => {
    const user = userEvent.setup();
    const writeText = mockClipboard();
    let deep: JsonValue = 'bottom';
    for (let i = 0; i < 10_000; i++) deep = { n: deep };
    render(<JsonTree label="Data" value={deep} defaultExpandDepth={Infinity} />);
    expect(screen.getByRole('group')).toHaveAttribute('data-rows', '10000');
    focus(items()[0] as HTMLElement);
    await user.keyboard('{End}');
    const bottom = item('n: "bottom"');
    expect(bottom).toHaveFocus();
    expect(bottom).toHaveAttribute('aria-level', '10000');
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toHaveAttribute('aria-level', '9999');
    await user.click(screen.getByRole('button', { name: 'Copy path Data' }));
    expect(writeText).toHaveBeenLastCalledWith(Array(9999).fill('n').join('.'));
    // Tab from the toolbar comes back to the row that was focused.
    await user.tab();
    expect(document.activeElement).toHaveAttribute('aria-level', '9999');
    await user.keyboard('{Home}');
    await user.click(screen.getByRole('button', { name: 'Copy value Data' }));
    expect(writeText).toHaveBeenLastCalledWith(`${'{"n":'.repeat(9999)}"bottom"${'}'.repeat(9999)}`);
    await user.click(screen.getByRole('button', { name: 'Collapse all Data' }));
    expect(items()).toHaveLength(1);
    await user.type(screen.getByRole('searchbox'), 'bottom');
    expect(screen.getByRole('group')).toHaveAttribute('data-rows', '10000');
  });

  it('cuts a 1 MB string in its row, shows it whole on "Show more", and copies it whole', async () => {
    const user = userEvent.setup();
    const writeText = mockClipboard();
    const huge = `${'x'.repeat(1024 * 1024 - 3)}end`;
    render(<JsonTree label="Data" value={{ huge, after: 1 }} />);
    const row = item(/^huge/);
    expect((row.textContent ?? '').length).toBeLessThan(300);
    expect(document.body.textContent).not.toContain('end');
    // Its tooltip is bounded too: 500 characters and an ellipsis.
    expect(row.querySelector('.rum-json-value')?.getAttribute('title')).toBe(`${'x'.repeat(500)}…`);
    await user.click(within(row).getByRole('button', { name: 'Show more of huge' }));
    expect(document.querySelector('pre')?.textContent).toBe(huge);
    await user.click(screen.getByRole('button', { name: 'Show less Data' }));
    expect(document.querySelector('pre')).toBeNull();
    await user.click(item(/^huge/));
    await user.keyboard('{Enter}');
    expect(document.querySelector('pre')?.textContent).toBe(huge);
    await user.click(screen.getByRole('button', { name: 'Copy value Data' }));
    expect(writeText).toHaveBeenLastCalledWith(JSON.stringify(huge));
  });

  it('renders 100,000 nodes fully expanded with a bounded DOM', () => {
    const big: JsonValue = Array.from({ length: 25_000 }, (_, i) => ({ id: i, name: `n${i}`, ok: i % 2 === 0 }));
    const { container } = render(<JsonTree label="Data" value={big} defaultExpandDepth={Infinity} />);
    expect(screen.getByRole('group')).toHaveAttribute('data-rows', '100000');
    expect(container.querySelectorAll('*').length).toBeLessThan(1500);
    act(() => {
      fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'n24999' } });
    });
    expect(names()).toEqual(['24999: {3 keys}', 'name: "n24999"']);
  });
});
