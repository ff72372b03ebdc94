import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JsonValue } from '../../../src/core/json';

// The tree's search code, loaded on demand, held back (or failed) until each test says so.
const searchLoad = { release: () => {}, fail: (_error: Error) => {}, loads: 0 };

/** Every load of the search code waits for `searchLoad.release()` (or fails with `searchLoad.fail`). */
function holdSearchLoad() {
  vi.doMock('../../../src/components/jsonTree/treeSearch', async (importOriginal) => {
    searchLoad.loads += 1;
    await new Promise<void>((resolve, reject) => {
      searchLoad.release = resolve;
      searchLoad.fail = reject;
    });
    return importOriginal();
  });
}

const data: JsonValue = {
  role: 'admin',
  profile: { name: 'Ada', address: { city: 'Berlin', street: 'Main' } },
  tags: ['a', 'b'],
};

const names = () => screen.queryAllByRole('treeitem').map((row) => row.textContent);
const group = () => screen.getByRole('group', { name: 'Data' });
const count = () => document.querySelector('.rum-json-count');

// Each test starts with the search code not loaded: a fresh copy of the tree and of the loader's memory.
async function setup(value: JsonValue = data) {
  vi.resetModules();
  searchLoad.loads = 0;
  holdSearchLoad();
  const { JsonTree } = await import('../../../src/components/JsonTree');
  render(<JsonTree label="Data" value={value} defaultExpandDepth={0} />);
  return userEvent.setup();
}

afterEach(() => {
  vi.doUnmock('../../../src/components/jsonTree/treeSearch');
});

describe('JsonTree: search code loaded on first use', () => {
  it('does not load the search code to show or walk a tree', async () => {
    const user = await setup();
    await user.click(screen.getByRole('treeitem', { name: /^role/ }));
    await user.keyboard('{ArrowDown}{ArrowRight}{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('name: "Ada"');
    expect(searchLoad.loads).toBe(0);
  });

  it('starts loading when the search box is focused or pointed at, once for every tree on the page', async () => {
    const user = await setup();
    const { JsonTree } = await import('../../../src/components/JsonTree');
    render(<JsonTree label="Other" value={{ a: 1 }} />);
    await user.hover(screen.getByRole('searchbox', { name: 'Search Data' }));
    expect(searchLoad.loads).toBe(1);
    screen.getByRole('searchbox', { name: 'Search Other' }).focus();
    await act(async () => searchLoad.release());
    expect(searchLoad.loads).toBe(1);
    // Both trees search at once now.
    await user.type(screen.getByRole('searchbox', { name: 'Search Other' }), 'a');
    expect(within(screen.getByRole('group', { name: 'Other' })).getAllByRole('treeitem')).toHaveLength(1);
  });

  it('keeps every key typed while the code loads, and searches all of it once it is there', async () => {
    const user = await setup();
    const box = screen.getByRole('searchbox', { name: 'Search Data' });
    await user.type(box, 'cit');
    // The box shows what was typed; the tree is not filtered yet, and says nothing about matches.
    expect(box).toHaveValue('cit');
    expect(searchLoad.loads).toBe(1);
    expect(names()).toEqual(['role: "admin"', 'profile: {2 keys}', 'tags: [2 items]']);
    expect(group()).toHaveAttribute('data-state', 'idle');
    expect(count()).toHaveTextContent('');
    await act(async () => searchLoad.release());
    await waitFor(() => expect(group()).toHaveAttribute('data-state', 'filtered'));
    expect(names()).toEqual(['profile: {2 keys}', 'address: {2 keys}', 'city: "Berlin"']);
    expect(count()).toHaveTextContent('1 of 1');
    expect([...document.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['cit']);
    // From now on each keystroke searches at once.
    await user.type(box, 'y');
    expect(names()).toEqual(['profile: {2 keys}', 'address: {2 keys}', 'city: "Berlin"']);
    await user.clear(box);
    expect(names()).toHaveLength(3);
    expect(group()).toHaveAttribute('data-state', 'idle');
    expect(searchLoad.loads).toBe(1);
  });

  it('says so next to the box when the code fails to load, keeps the tree working, and retries on the next key', async () => {
    const user = await setup();
    const box = screen.getByRole('searchbox', { name: 'Search Data' });
    await user.type(box, 'mai');
    await act(async () => searchLoad.fail(new Error('chunk failed to load')));
    await waitFor(() => expect(count()).toHaveTextContent('Search unavailable, type to retry'));
    // A polite live region that describes the box: announced, and read with the box.
    expect(count()).toHaveAttribute('aria-live', 'polite');
    expect(box).toHaveAccessibleDescription('Search unavailable, type to retry');
    expect(box).toHaveValue('mai');
    expect(names()).toEqual(['role: "admin"', 'profile: {2 keys}', 'tags: [2 items]']);
    await user.click(screen.getByRole('treeitem', { name: /^profile/ }));
    await user.keyboard('{ArrowRight}');
    expect(names()).toHaveLength(5);

    // The network is back: the module runner forgets the failed load (as a bundler's chunk loader fetches again).
    vi.resetModules();
    await user.type(box, 'n');
    expect(searchLoad.loads).toBe(2);
    expect(count()).toHaveTextContent('');
    await act(async () => searchLoad.release());
    await waitFor(() => expect(names()).toEqual(['profile: {2 keys}', 'address: {2 keys}', 'street: "Main"']));
    expect(count()).toHaveTextContent('1 of 1');
  });

  it('clears what was typed on Escape before the code is there: nothing is searched when it arrives', async () => {
    const user = await setup();
    const box = screen.getByRole('searchbox', { name: 'Search Data' });
    await user.type(box, 'zzz{Escape}');
    expect(box).toHaveValue('');
    await act(async () => searchLoad.release());
    expect(names()).toEqual(['role: "admin"', 'profile: {2 keys}', 'tags: [2 items]']);
    expect(group()).toHaveAttribute('data-state', 'idle');
  });
});
