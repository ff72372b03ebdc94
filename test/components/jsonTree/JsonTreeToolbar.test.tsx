import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { JsonTree } from '../../../src/components/JsonTree';

const nested = { role: 'admin', team: { id: 't1', seats: 12 } };
const buttonNames = () => within(screen.getByRole('toolbar')).getAllByRole('button').map((button) => button.title || button.textContent);

describe('JsonTree toolbar', () => {
  it('is one tab stop between the search box and the tree; arrows move inside it and wrap', async () => {
    const user = userEvent.setup();
    render(<JsonTree label="Data" value={nested} />);
    await user.click(screen.getByRole('searchbox', { name: 'Search Data' }));
    await user.tab();
    expect(screen.getByRole('button', { name: 'Expand all Data' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: 'Collapse all Data' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('button', { name: 'Copy path Data' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: 'Expand all Data' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('button', { name: 'Copy path Data' })).toHaveFocus();
    // Tab leaves the toolbar for the tree; Shift+Tab comes back to the button last used.
    await user.tab();
    expect(screen.getByRole('treeitem', { name: 'role: "admin"' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Copy path Data' })).toHaveFocus();
    expect(within(screen.getByRole('toolbar')).getAllByRole('button').filter((button) => button.tabIndex === 0)).toHaveLength(1);
  });

  it('has no expand or collapse for a value with nothing to open: a primitive, an empty or a flat container', () => {
    const { rerender } = render(<JsonTree label="Data" value={42} />);
    expect(buttonNames()).toEqual(['Copy value', 'Copy path']);
    rerender(<JsonTree label="Data" value={{}} />);
    expect(buttonNames()).toEqual(['Copy value', 'Copy path']);
    rerender(<JsonTree label="Data" value={{ theme: 'dark', tags: [] }} />);
    expect(buttonNames()).toEqual(['Copy value', 'Copy path']);
    rerender(<JsonTree label="Data" value={nested} />);
    expect(buttonNames()).toEqual(['Expand all', 'Collapse all', 'Copy value', 'Copy path']);
  });

  it('moves its tab stop off the copy buttons while nothing matches', async () => {
    const user = userEvent.setup();
    render(<JsonTree label="Data" value={nested} />);
    await user.click(screen.getByRole('button', { name: 'Copy path Data' }));
    expect(screen.getByRole('button', { name: 'Copy path Data' })).toHaveAttribute('tabindex', '0');
    await user.type(screen.getByRole('searchbox'), 'zzz');
    expect(screen.getByRole('button', { name: 'Copy path Data' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Expand all Data' })).toHaveAttribute('tabindex', '0');
  });
});
