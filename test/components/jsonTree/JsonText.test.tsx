import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { JsonText } from '../../../src/components/jsonTree/JsonText';
import { INVISIBLE_CHARACTER } from '../../../src/core/unsafeCharacters';

// The set JsonTree revealed before it used the shared module: controls, soft hyphen, Arabic letter mark,
// Mongolian vowel separator, zero-width characters and marks, line and paragraph separators, bidi
// embeddings, overrides and isolates, word joiner and invisible operators, BOM.
const PREVIOUS_INVISIBLE = /[\0-\x1f\x7f-\x9f\xad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;

const marked = (container: HTMLElement) =>
  [...container.querySelectorAll('.rum-json-char')].map((span) => [span.textContent, span.getAttribute('data-code')]);

describe('JsonText', () => {
  it('reveals exactly the characters it revealed before, over the whole Basic Multilingual Plane', () => {
    const differences: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const character = String.fromCharCode(code);
      if (INVISIBLE_CHARACTER.test(character) !== PREVIOUS_INVISIBLE.test(character)) differences.push(code.toString(16));
    }
    expect(differences).toEqual([]);
  });

  it('wraps each invisible character in a span named by its code point, keeping the text exact', () => {
    const text = 'a\u202eb\u200b\u200bc\n\ufeff';
    const { container } = render(<JsonText text={text} highlight={null} />);
    expect(container.textContent).toBe(text);
    expect(marked(container)).toEqual([
      ['\u202e', '202e'],
      ['\u200b', '200b'],
      ['\u200b', '200b'],
      ['\n', '000a'],
      ['\ufeff', 'feff'],
    ]);
  });

  it('marks every match, with invisible characters inside a match revealed too', () => {
    const { container } = render(<JsonText text={'Main st, main\u200bhall'} highlight={/(main)/i} />);
    expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['Main', 'main']);
    const { container: inside } = render(<JsonText text={'x\u200by'} highlight={/(x\u200by)/} />);
    expect(inside.querySelector('mark .rum-json-char')?.getAttribute('data-code')).toBe('200b');
  });

  it('leaves text past 1,000 characters plain, so a long key costs no more than its visible part', () => {
    const text = `${'a'.repeat(1000)}\u202e${'a'.repeat(10)}`;
    const { container } = render(<JsonText text={text} highlight={/(a)/} />);
    expect(container.textContent).toBe(text);
    expect(container.querySelectorAll('mark')).toHaveLength(1000);
    expect(marked(container)).toEqual([]);
  });
});
