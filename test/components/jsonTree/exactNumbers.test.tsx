import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { JsonTree } from '../../../src/components/JsonTree';
import { flattenJson } from '../../../src/components/jsonTree/flattenJson';
import { nodePath } from '../../../src/components/jsonTree/jsonPath';
import { searchJson } from '../../../src/components/jsonTree/searchJson';
import { matchingNodes } from '../../../src/components/jsonTree/searchMatches';
import { stringifyExactJson } from '../../../src/core/stringifyExactJson';
import { parseExactJson } from '../../../src/core/parseExactJson';
import type { JsonValue } from '../../../src/core/json';

const text = '{"id":9007199254740993,"price":1.0,"list":[-0,1e400],"plain":2}';
const value = parseExactJson(text) as JsonValue;

describe('JsonTree with exact numbers (parseExactJson)', () => {
  it('shows each exact number as its own text, as a number, never as an object', () => {
    render(<JsonTree label="Data" value={value} defaultExpandDepth={Infinity} />);
    const rows = screen.getAllByRole('treeitem');
    expect(rows.map((row) => row.textContent)).toEqual([
      'id: 9007199254740993',
      'price: 1.0',
      'list: [2 items]',
      '0: -0',
      '1: 1e400',
      'plain: 2',
    ]);
    expect(rows.map((row) => row.querySelector('.rum-json-value')?.getAttribute('data-type'))).toEqual([
      'number',
      'number',
      'array',
      'number',
      'number',
      'number',
    ]);
    expect(rows[0]).not.toHaveAttribute('aria-expanded');
  });

  it('finds an exact number by its digits, and copies it with every digit', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<JsonTree label="Data" value={value} />);
    await user.type(screen.getByRole('searchbox'), '740993');
    expect(screen.getAllByRole('treeitem').map((row) => row.textContent)).toEqual(['id: 9007199254740993']);
    await user.click(screen.getByRole('treeitem'));
    await user.click(screen.getByRole('button', { name: 'Copy value Data' }));
    expect(writeText).toHaveBeenLastCalledWith('9007199254740993');
    writeText.mockClear();
    await user.click(screen.getByRole('treeitem'));
    await user.keyboard('{Control>}c{/Control}');
    expect(writeText).toHaveBeenLastCalledWith('9007199254740993');
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
  });

  it('searchJson finds exact numbers by their own text in containers never opened, and skips them for a query no number holds', () => {
    // Nothing flattened below the root: the search flattens the rest, where each exact number is found a primitive.
    const nested = parseExactJson('{"a":{"b":[1.0,9007199254740993,{"c":-0}]},"s":"1.0","n":1}') as JsonValue;
    const found = (pattern: RegExp, numbers?: boolean) => {
      const flat = flattenJson(nested);
      return matchingNodes(flat, searchJson(flat, pattern, numbers)).map((node) => nodePath(flat, node));
    };
    expect(found(/(1\.0)/i)).toEqual(['a.b[0]', 's']);
    expect(found(/(0993)/i)).toEqual(['a.b[1]']);
    expect(found(/(-0)/i)).toEqual(['a.b[2].c']);
    // Every number holding a 1, the exact ones by their own text.
    expect(found(/(1)/i)).toEqual(['a.b[0]', 'a.b[1]', 's', 'n']);
    expect(found(/(1\.0)/i, false)).toEqual(['s']);
  });

  it('stringifyExactJson writes exact numbers as their text', () => {
    expect(stringifyExactJson(value)).toBe(text);
  });
});
