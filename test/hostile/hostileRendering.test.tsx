import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HankoMetadataInspector } from '../../src/components/HankoMetadataInspector';
import { MetadataInspector } from '../../src/components/MetadataInspector';
import { SynodicProfileCard } from '../../src/components/SynodicProfileCard';
import { createHankoClient } from '../../src/core/createHankoClient';
import { createSynodicClient } from '../../src/core/createSynodicClient';
import { renderWithProviders } from '../components/renderWithProviders';
import { readJsonPath } from './readJsonPath';

// End to end, as in an admin panel: a hostile response body goes through the real client and the
// connected component, and the DOM is checked for what it must never contain.

const USER_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const noRetry = { retry: false } as const;

const hankoAnswering = (body: string, init?: ResponseInit) =>
  createHankoClient({ baseUrl: 'https://t.hanko.io/admin', fetch: async () => new Response(body, init) });
const synodicAnswering = (body: unknown) =>
  createSynodicClient({ fetch: async () => new Response(JSON.stringify(body)) });

function mockClipboard() {
  const writeText = vi.fn(async (_text: string) => {});
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return writeText;
}

afterEach(() => {
  Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
});

/** Records the tag of every element added under `root` while `body` runs. */
async function elementsCreatedDuring(root: Node, body: () => Promise<void>): Promise<Set<string>> {
  const tags = new Set<string>();
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element) {
          tags.add(node.tagName);
          for (const inner of node.querySelectorAll('*')) tags.add(inner.tagName);
        }
      }
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  await body();
  for (const record of observer.takeRecords()) {
    for (const node of record.addedNodes) if (node instanceof Element) tags.add(node.tagName);
  }
  observer.disconnect();
  return tags;
}

describe('Synodic profile from a hostile response', () => {
  it.each([
    'javascript:alert(document.cookie)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'java\u0000script:alert(1)',
    'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/avatar.png',
    '\\\\evil.example\\avatar.png',
    '/\\evil.example/avatar.png',
    'https:evil.example/a.png',
    'https://',
    'http://[::1',
    'not a url',
    '',
  ])('never puts photo_url %j in any src or href, and shows initials', async (photo) => {
    const { container } = renderWithProviders(<SynodicProfileCard username="jane-doe" query={noRetry} />, {
      synodicClient: synodicAnswering({ created_at: 1_700_000_000, photo_url: photo, repositories: [] }),
    });
    expect(await screen.findByRole('img', { name: 'Avatar of jane-doe' })).toHaveTextContent('JD');
    expect(container.querySelector('img')).toBeNull();
    const attributes = [...container.querySelectorAll('[src], [href], [style]')].flatMap((element) =>
      ['src', 'href', 'style'].map((name) => element.getAttribute(name) ?? ''),
    );
    if (photo.trim()) for (const value of attributes) expect(value).not.toContain(photo.trim());
  });

  it('shows repository names with ../, HTML and quotes as text, and links none of the unsafe hrefs built from them', async () => {
    const repositories = [
      '../../etc/passwd',
      '<img src=x onerror=alert(1)>/x',
      '"><script>alert(1)</script>',
      "o'neil/it's",
      'javascript:alert(1)',
      '//evil.example',
      'acme/\u202eevil',
    ];
    const hrefs = new Map<string, string>([
      ['../../etc/passwd', '../../etc/passwd'],
      ['<img src=x onerror=alert(1)>/x', 'javascript:alert(1)'],
      ['"><script>alert(1)</script>', 'data:text/html,<script>alert(1)</script>'],
      ["o'neil/it's", "/repos/o'neil/it's"],
      ['javascript:alert(1)', 'javascript:alert(1)'],
      ['//evil.example', '//evil.example'],
      ['acme/\u202eevil', ' https://github.com/acme'],
    ]);
    const { container } = renderWithProviders(
      <SynodicProfileCard
        username="jane-doe"
        query={noRetry}
        maxRepositories={100}
        repositoryHref={(repository) => hrefs.get(repository)}
      />,
      { synodicClient: synodicAnswering({ created_at: 1_700_000_000, repositories }) },
    );
    await screen.findByRole('heading', { name: 'jane-doe' });
    const items = [...container.querySelectorAll('.rum-profile-repo-list > li')].map((item) => item.textContent);
    expect(items).toEqual(repositories);
    expect(container.querySelector('script, img')).toBeNull();
    // Only the app path survives, resolved and percent-encoded by the URL parser.
    expect([...container.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual([
      "/repos/o'neil/it's",
    ]);
  });
});

describe('Hanko metadata from a hostile response', () => {
  it('shows markup in keys and values as text: no element is ever created from it, whatever the user does', async () => {
    const user = userEvent.setup();
    const body = JSON.stringify({
      unsafe_metadata: {
        '<img src=x onerror=alert(1)>': '<script>alert(1)</script>',
        bio: `<img src=x onerror=alert(2)>${'<b>'.repeat(100)}`,
        nested: { '<svg onload=alert(3)>': ['<iframe src=javascript:alert(4)>'] },
      },
    });
    const { container } = renderWithProviders(<HankoMetadataInspector userId={USER_ID} query={noRetry} />, {
      hankoClient: hankoAnswering(body),
    });
    const created = await elementsCreatedDuring(container, async () => {
      await screen.findByRole('tree', { name: 'Unsafe metadata' });
      await user.click(screen.getByRole('button', { name: 'Expand all Unsafe metadata' }));
      await user.click(screen.getByRole('treeitem', { name: /^bio/ }).querySelector('button') as HTMLElement);
      await user.type(screen.getByRole('searchbox'), '<img');
    });
    const allowed = ['DIV', 'SPAN', 'P', 'H3', 'SECTION', 'BUTTON', 'INPUT', 'MARK', 'PRE'];
    expect([...created].filter((tag) => !allowed.includes(tag))).toEqual([]);
    expect(container.querySelector('script, img, svg, iframe')).toBeNull();
    expect(container.textContent).toContain('<script>alert(1)</script>');
    expect(screen.getAllByRole('treeitem')[0]).toHaveTextContent('<img src=x onerror=alert(1)>');
  });

  it('shows a user-written __proto__ key as data, copies a quoted path to it, and leaves Object.prototype alone', async () => {
    const user = userEvent.setup();
    const writeText = mockClipboard();
    const body = '{"unsafe_metadata":{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}}}}';
    renderWithProviders(<HankoMetadataInspector userId={USER_ID} query={noRetry} defaultExpandDepth={9} />, {
      hankoClient: hankoAnswering(body),
    });
    const proto = await screen.findByRole('treeitem', { name: '__proto__: {1 key}' });
    expect(screen.getByRole('treeitem', { name: 'isAdmin: true' })).toBeInTheDocument();
    act(() => proto.focus());
    await user.click(screen.getByRole('button', { name: 'Copy path Unsafe metadata' }));
    expect(writeText).toHaveBeenLastCalledWith('unsafe_metadata["__proto__"]');
    act(() => screen.getByRole('treeitem', { name: 'x: 1' }).focus());
    await user.click(screen.getByRole('button', { name: 'Copy path Unsafe metadata' }));
    expect(readJsonPath(JSON.parse(body), writeText.mock.lastCall?.[0] as string)?.keys).toEqual([
      'unsafe_metadata',
      'constructor',
      'prototype',
      'x',
    ]);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('renders 10,000 levels of nesting from a response: deepest row reachable, its path and the whole value copyable', async () => {
    const user = userEvent.setup();
    const writeText = mockClipboard();
    const depth = 10_000;
    const category = `${'{"n":'.repeat(depth)}"bottom"${'}'.repeat(depth)}`;
    const body = `{"public_metadata":${category}}`;
    renderWithProviders(
      <HankoMetadataInspector userId={USER_ID} query={noRetry} defaultExpandDepth={Number.POSITIVE_INFINITY} />,
      { hankoClient: hankoAnswering(body) },
    );
    const tree = await screen.findByRole('tree', { name: 'Public metadata' });
    act(() => (within(tree).getAllByRole('treeitem')[0] as HTMLElement).focus());
    await user.keyboard('{End}');
    const bottom = within(tree).getByRole('treeitem', { name: 'n: "bottom"' });
    expect(bottom).toHaveAttribute('aria-level', String(depth));
    await user.click(screen.getByRole('button', { name: 'Copy path Public metadata' }));
    const copied = writeText.mock.lastCall?.[0] as string;
    expect(readJsonPath(JSON.parse(body), copied)?.value).toBe('bottom');
    expect(readJsonPath(JSON.parse(body), copied)?.keys).toHaveLength(depth + 1);
    // Back in the tree (focus went to the toolbar), Home goes to the first row.
    act(() => bottom.focus());
    await user.keyboard('{Home}');
    expect(document.activeElement).toHaveAttribute('aria-level', '1');
    await user.click(screen.getByRole('button', { name: 'Copy value Public metadata' }));
    // The first row is the category's only member, `n`: its value is the category minus `{"n":` and the last `}`.
    expect(writeText.mock.lastCall?.[0]).toBe(category.slice('{"n":'.length, -1));
  });

  it('cuts a 1 MB string from a response in its row, shows it whole on "Show more", and copies it whole', async () => {
    const user = userEvent.setup();
    const writeText = mockClipboard();
    const huge = `start${'\u202e<b>x</b>'.repeat(112_000)}end`;
    const body = JSON.stringify({ public_metadata: { huge } });
    expect(body.length).toBeGreaterThan(1_000_000);
    renderWithProviders(<HankoMetadataInspector userId={USER_ID} query={noRetry} />, {
      hankoClient: hankoAnswering(body),
    });
    const row = await screen.findByRole('treeitem', { name: /^huge/ });
    expect((row.textContent ?? '').length).toBeLessThan(300);
    expect(document.body.textContent).not.toContain('end');
    await user.click(within(row).getByRole('button', { name: 'Show more of huge' }));
    expect(document.querySelector('.rum-json-full pre')?.textContent).toBe(huge);
    act(() => row.focus());
    await user.click(screen.getByRole('button', { name: 'Copy value Public metadata' }));
    expect(writeText).toHaveBeenLastCalledWith(JSON.stringify(huge));
    expect(document.querySelector('b')).toBeNull();
  });

  it('keeps private values from a response out of the DOM and the server HTML until revealed', async () => {
    const user = userEvent.setup();
    const body = JSON.stringify({
      public_metadata: { plan: 'pro' },
      private_metadata: { stripe_customer: 'cus_PRIVATE_7f3a', PRIVATE_KEY_NAME: { note: 'PRIVATE_NOTE' } },
    });
    const metadata = await hankoAnswering(body).getUserMetadata(USER_ID);
    expect(renderToString(<MetadataInspector metadata={metadata} />)).not.toContain('PRIVATE');

    const { container } = renderWithProviders(<HankoMetadataInspector userId={USER_ID} query={noRetry} />, {
      hankoClient: hankoAnswering(body),
    });
    await screen.findByRole('tree', { name: 'Public metadata' });
    // Not hidden by CSS: absent from the markup, attributes included.
    expect(container.innerHTML).not.toContain('PRIVATE');
    await user.click(screen.getByRole('button', { name: 'Reveal private metadata' }));
    expect(container.textContent).toContain('cus_PRIVATE_7f3a');
    await user.click(screen.getByRole('button', { name: 'Hide private metadata' }));
    expect(container.innerHTML).not.toContain('PRIVATE');
  });

  it('shows a hostile server error message as one bounded line of text, never markup', async () => {
    const message = `<img src=x onerror=alert(1)>\u202e${'spam '.repeat(10_000)}`;
    const { container } = renderWithProviders(<HankoMetadataInspector userId={USER_ID} query={noRetry} />, {
      hankoClient: hankoAnswering(JSON.stringify({ code: 500, message }), { status: 500 }),
    });
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert.textContent).toContain('<img src=x onerror=alert(1)>'));
    expect(alert.textContent?.length).toBeLessThan(500);
    expect(alert.textContent).not.toContain('\u202e');
    expect(container.querySelector('img')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
  });
});
