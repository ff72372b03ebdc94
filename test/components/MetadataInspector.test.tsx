import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MetadataInspector } from '../../src/components/MetadataInspector';
import type { HankoUserMetadata } from '../../src/core/HankoUserMetadata';

const metadata: HankoUserMetadata = {
  public_metadata: { role: 'admin', tags: ['beta', 'staff'] },
  private_metadata: { stripe_customer: 'cus_SECRET42', internal: { score: 0.97 } },
  unsafe_metadata: { theme: 'dark' },
};

const section = (title: string) => screen.getByRole('heading', { name: title }).closest('section') as HTMLElement;

afterEach(() => {
  Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
});

describe('MetadataInspector', () => {
  it('shows the three categories as sections, each with a heading and a named tree', () => {
    render(<MetadataInspector metadata={metadata} />);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Public metadata',
      'Private metadata',
      'Unsafe metadata',
    ]);
    const publicTree = screen.getByRole('tree', { name: 'Public metadata' });
    expect(within(publicTree).getByRole('treeitem', { name: 'role: "admin"' })).toBeInTheDocument();
    expect(within(screen.getByRole('tree', { name: 'Unsafe metadata' })).getByRole('treeitem')).toHaveTextContent(
      'theme: "dark"',
    );
    expect(section('Public metadata')).toHaveAttribute('data-state', 'shown');
    expect(section('Public metadata')).toHaveAttribute('data-category', 'public_metadata');
  });

  it('says "This user has no metadata yet" for null (HTTP 204), the technical detail second', () => {
    const { container } = render(<MetadataInspector metadata={null} />);
    expect(screen.getByText('This user has no metadata yet')).toBeInTheDocument();
    expect(screen.getByText(/^Hanko answered 204 No Content/)).toBeInTheDocument();
    expect(screen.queryByRole('tree')).toBeNull();
    expect(container.firstElementChild).toHaveAttribute('data-state', 'success');
    expect(container.firstElementChild).toHaveAttribute('data-empty', '');
  });

  it('says which category is absent', () => {
    render(<MetadataInspector metadata={{ unsafe_metadata: { theme: 'dark' } }} />);
    expect(within(section('Public metadata')).getByText('No public metadata')).toBeInTheDocument();
    expect(within(section('Private metadata')).getByText('No private metadata')).toBeInTheDocument();
    expect(section('Private metadata')).toHaveAttribute('data-state', 'absent');
    expect(screen.queryByRole('button', { name: 'Reveal private metadata' })).toBeNull();
    expect(screen.getAllByRole('tree')).toHaveLength(1);
  });

  it('says a withheld category is hidden by the reader\'s access, not empty, in the labels\' words', () => {
    const { rerender } = render(
      <MetadataInspector metadata={{ public_metadata: { role: 'support' }, withheld_categories: ['private_metadata'] }} />,
    );
    expect(within(section('Private metadata')).getByText('Hidden by your access')).toBeInTheDocument();
    expect(section('Private metadata')).toHaveAttribute('data-state', 'withheld');
    expect(screen.queryByText('No private metadata')).toBeNull();
    expect(within(section('Unsafe metadata')).getByText('No unsafe metadata')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reveal private metadata' })).toBeNull();

    rerender(
      <MetadataInspector
        metadata={{ withheld_categories: ['private_metadata', 'unsafe_metadata'] }}
        labels={{ withheld: (category) => `Kein Zugriff: ${category}` }}
      />,
    );
    expect(within(section('Unsafe metadata')).getByText('Kein Zugriff: unsafe_metadata')).toBeInTheDocument();
    expect(within(section('Public metadata')).getByText('No public metadata')).toBeInTheDocument();
  });

  it('keeps private values out of the DOM until revealed, and takes them out again when hidden', async () => {
    const user = userEvent.setup();
    render(<MetadataInspector metadata={metadata} />);
    // One button that says what it will do: its name changes, so it is not an aria-pressed toggle.
    const toggle = screen.getByRole('button', { name: 'Reveal private metadata' });
    expect(toggle).not.toHaveAttribute('aria-pressed');
    expect(document.body.textContent).not.toContain('cus_SECRET42');
    expect(document.body.textContent).not.toContain('stripe_customer');
    expect(document.body.innerHTML).not.toContain('SECRET');
    expect(within(section('Private metadata')).getByText('Private metadata is hidden.')).toBeInTheDocument();
    expect(section('Private metadata')).toHaveAttribute('data-state', 'masked');
    expect(screen.queryByRole('tree', { name: 'Private metadata' })).toBeNull();

    await user.click(toggle);
    expect(toggle).toHaveAccessibleName('Hide private metadata');
    const tree = screen.getByRole('tree', { name: 'Private metadata' });
    expect(within(tree).getByRole('treeitem', { name: 'stripe_customer: "cus_SECRET42"' })).toBeInTheDocument();
    expect(section('Private metadata')).toHaveAttribute('data-state', 'shown');

    await user.click(toggle);
    expect(toggle).toHaveAccessibleName('Reveal private metadata');
    expect(section('Private metadata')).toHaveAttribute('data-state', 'masked');
    expect(document.body.textContent).not.toContain('cus_SECRET42');
    expect(document.body.innerHTML).not.toContain('SECRET');
  });

  it('comes masked for other metadata (another user), even after a reveal', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<MetadataInspector metadata={metadata} />);
    await user.click(screen.getByRole('button', { name: 'Reveal private metadata' }));
    expect(document.body.textContent).toContain('cus_SECRET42');
    rerender(<MetadataInspector metadata={{ private_metadata: { token: 'OTHER_SECRET' } }} />);
    expect(document.body.innerHTML).not.toContain('OTHER_SECRET');
    expect(screen.queryByRole('button', { name: 'Hide private metadata' })).toBeNull();
    // Equal private metadata as new objects (a refetch that changed nothing) stays revealed.
    await user.click(screen.getByRole('button', { name: 'Reveal private metadata' }));
    rerender(
      <MetadataInspector metadata={{ private_metadata: { token: 'OTHER_SECRET' }, public_metadata: { a: 1 } }} />,
    );
    expect(document.body.textContent).toContain('OTHER_SECRET');
    // Changed private metadata comes masked.
    rerender(<MetadataInspector metadata={{ private_metadata: { token: 'NEWER_SECRET' } }} />);
    expect(document.body.innerHTML).not.toContain('NEWER_SECRET');
  });

  it('copies paths prefixed with the category', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<MetadataInspector metadata={metadata} />);
    const publicSection = section('Public metadata');
    await user.click(screen.getByRole('treeitem', { name: 'role: "admin"' }));
    await user.click(within(publicSection).getByRole('button', { name: 'Copy path Public metadata' }));
    expect(writeText).toHaveBeenLastCalledWith('public_metadata.role');
    await user.click(screen.getByRole('treeitem', { name: '1: "staff"' }));
    await user.click(within(publicSection).getByRole('button', { name: 'Copy path Public metadata' }));
    expect(writeText).toHaveBeenLastCalledWith('public_metadata.tags[1]');
    expect(within(publicSection).getByRole('status')).toHaveTextContent('Copied');
  });

  it('names the controls of each section after its category: no two controls on the page share a name', async () => {
    const user = userEvent.setup();
    render(<MetadataInspector metadata={metadata} />);
    await user.click(screen.getByRole('button', { name: 'Reveal private metadata' }));
    const controls = [...screen.getAllByRole('button'), ...screen.getAllByRole('searchbox')];
    const controlNames = controls.map((control) => control.getAttribute('aria-label') ?? control.textContent);
    expect(new Set(controlNames).size).toBe(controls.length);
    for (const title of ['Public metadata', 'Private metadata', 'Unsafe metadata']) {
      const group = screen.getByRole('group', { name: title });
      expect(within(group).getByRole('searchbox', { name: `Search ${title}` })).toBeInTheDocument();
      expect(within(group).getByRole('toolbar', { name: title })).toBeInTheDocument();
      // Unsafe metadata is flat ({ theme }): nothing in it can open, so it has no expand or collapse.
      const openable = title !== 'Unsafe metadata';
      for (const control of ['Expand all', 'Collapse all', 'Copy value', 'Copy path']) {
        const button = within(group).queryByRole('button', { name: `${control} ${title}` });
        if (openable || control.startsWith('Copy')) expect(button).toHaveTextContent(control);
        else expect(button).toBeNull();
      }
    }
  });

  it('takes the control names from the named label', () => {
    render(<MetadataInspector metadata={metadata} labels={{ named: (control, tree) => `${tree}: ${control}` }} />);
    expect(screen.getByRole('button', { name: 'Public metadata: Expand all' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Unsafe metadata: Copy path' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Public metadata: Search' })).toBeInTheDocument();
  });

  it('gives each tree its own search, named by its group', async () => {
    const user = userEvent.setup();
    render(<MetadataInspector metadata={metadata} />);
    const publicGroup = screen.getByRole('group', { name: 'Public metadata' });
    await user.type(within(publicGroup).getByRole('searchbox', { name: 'Search Public metadata' }), 'staff');
    expect(
      within(publicGroup)
        .getAllByRole('treeitem')
        .map((row) => row.textContent),
    ).toEqual(['tags: [2 items]', '1: "staff"']);
    expect(within(screen.getByRole('group', { name: 'Unsafe metadata' })).getAllByRole('treeitem')).toHaveLength(1);
  });

  it('opens trees to defaultExpandDepth and formats counts with the locale', () => {
    const many = { list: Array.from({ length: 2000 }, (_, i) => i) };
    render(<MetadataInspector metadata={{ public_metadata: many }} defaultExpandDepth={0} locale="de-DE" />);
    expect(screen.getByRole('treeitem', { name: 'list: [2.000 items]' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('takes every visible string from labels', async () => {
    const user = userEvent.setup();
    render(
      <MetadataInspector
        metadata={metadata}
        labels={{
          title: (category) =>
            ({ public_metadata: 'Öffentlich', private_metadata: 'Privat', unsafe_metadata: 'Unsicher' })[category],
          reveal: 'Private Daten zeigen',
          masked: 'Verborgen.',
          search: 'Suchen',
        }}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Öffentlich' })).toBeInTheDocument();
    expect(screen.getByText('Verborgen.')).toBeInTheDocument();
    expect(screen.getByRole('tree', { name: 'Unsicher' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Suchen Öffentlich' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Suchen Unsicher' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Private Daten zeigen' }));
    expect(screen.getByRole('tree', { name: 'Privat' })).toBeInTheDocument();
  });

  it('uses the labels for the empty states', () => {
    const { rerender } = render(<MetadataInspector metadata={null} labels={{ noMetadata: 'Keine Metadaten' }} />);
    expect(screen.getByText('Keine Metadaten')).toBeInTheDocument();
    rerender(<MetadataInspector metadata={{}} labels={{ absent: (category) => `Leer: ${category}` }} />);
    expect(screen.getByText('Leer: public_metadata')).toBeInTheDocument();
  });

  it('uses the heading level it is given', () => {
    render(<MetadataInspector metadata={metadata} headingLevel={2} />);
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(3);
  });

  it('takes className and HTML props on its root, and forwards its ref', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <MetadataInspector ref={ref} metadata={metadata} className="mine" data-testid="root" aria-label="Metadata" />,
    );
    const root = screen.getByTestId('root');
    expect(ref.current).toBe(root);
    expect(root).toHaveClass('rum-root', 'rum-metadata-inspector', 'mine');
    expect(root).toHaveAttribute('data-state', 'success');
    expect(root).not.toHaveAttribute('data-empty');
    expect(root).toHaveAttribute('aria-label', 'Metadata');
  });

  it('shows unsafe values with markup as text', () => {
    const hostile = { unsafe_metadata: { name: '<img src=x onerror=alert(1)>', '<script>': 'x' } };
    const { container } = render(<MetadataInspector metadata={hostile} />);
    expect(container.querySelector('img, script')).toBeNull();
    expect(screen.getByRole('treeitem', { name: 'name: "<img src=x onerror=alert(1)>"' })).toBeInTheDocument();
    expect(screen.getByRole('treeitem', { name: '<script>: "x"' })).toBeInTheDocument();
  });
});
