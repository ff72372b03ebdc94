// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// What jsdom cannot show (no layout, no media queries), checked in the stylesheet itself.
const css = readFileSync(join(import.meta.dirname, '../../src/styles.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** The text of the block that opens at `start` (the index of its `{`), braces balanced. */
function block(start: number): string {
  let depth = 0;
  for (let index = start; index < css.length; index += 1) {
    if (css[index] === '{') depth += 1;
    else if (css[index] === '}' && --depth === 0) return css.slice(start, index + 1);
  }
  throw new Error('unbalanced braces in styles.css');
}

function mediaBlocks(query: string): string[] {
  return [...css.matchAll(new RegExp(`@media \\(${query}\\)\\s*\\{`, 'g'))].map((match) =>
    block((match.index ?? 0) + match[0].length - 1),
  );
}

describe('styles.css', () => {
  it('puts every rule in the rum cascade layer, so unlayered app CSS wins', () => {
    const open = css.indexOf('@layer rum {');
    expect(css.slice(0, open).trim()).toBe('');
    const brace = css.indexOf('{', open);
    expect(brace + block(brace).length).toBe(css.trimEnd().length);
  });

  it('animates only for users who have not asked for reduced motion, and stops all motion for those who have', () => {
    const allowed = mediaBlocks('prefers-reduced-motion: no-preference').join('\n');
    const animations = css.match(/animation:[^;]+;/g) ?? [];
    const outside = animations.filter((declaration) => !allowed.includes(declaration));
    // The one animation outside is the reduce block's own `animation: none`.
    expect(outside.every((declaration) => /animation:\s*none/.test(declaration))).toBe(true);
    expect(mediaBlocks('prefers-reduced-motion: reduce').join('\n')).toMatch(/transition:\s*none/);
  });

  it('gives every focusable part a visible focus ring in the theme colour', () => {
    expect(css).toMatch(/\.rum-root :focus-visible\s*\{[^}]*outline:\s*2px solid var\(--rum-focus\)/);
  });

  it('pins light or dark from a data-theme attribute on the component or any ancestor', () => {
    for (const theme of ['light', 'dark']) {
      expect(css).toContain(`[data-theme="${theme}"] .rum-root`);
      expect(css).toContain(`.rum-root[data-theme="${theme}"]`);
    }
  });

  it('takes colours only from the --rum-* variables outside the theme block', () => {
    const brace = css.indexOf('{', css.indexOf('.rum-root:not(.rum-root .rum-root)'));
    const rest = css.slice(brace + block(brace).length);
    expect(rest.match(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/gi) ?? []).toEqual([]);
  });
});
