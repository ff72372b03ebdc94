// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// What jsdom cannot show (no layout, no media queries), checked in the stylesheets themselves.
const read = (file: string) =>
  readFileSync(join(import.meta.dirname, '../../src', file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const css = read('styles.css');
// The editor's own stylesheet (react-user-metadata/editor.css), on top of styles.css.
const editorCss = read('editor.css');

/** The text of the block that opens at `start` (the index of its `{`) in `sheet`, braces balanced. */
function block(start: number, sheet = css): string {
  let depth = 0;
  for (let index = start; index < sheet.length; index += 1) {
    if (sheet[index] === '{') depth += 1;
    else if (sheet[index] === '}' && --depth === 0) return sheet.slice(start, index + 1);
  }
  throw new Error('unbalanced braces in a stylesheet');
}

function mediaBlocks(query: string): string[] {
  return [...css.matchAll(new RegExp(`@media \\(${query}\\)\\s*\\{`, 'g'))].map((match) =>
    block((match.index ?? 0) + match[0].length - 1),
  );
}

/** The selectors of every style rule in `sheet` (at-rules and keyframe steps aside), split at top-level commas. */
function selectors(sheet: string): string[] {
  const preludes = [...sheet.matchAll(/([^{};]+)\{/g)].map((match) => (match[1] ?? '').trim());
  const rules = preludes.filter((prelude) => !prelude.startsWith('@') && !/^(from|to|[\d.]+%)$/.test(prelude));
  return rules.flatMap((prelude) => {
    const parts: string[] = [];
    let depth = 0;
    let start = 0;
    for (let index = 0; index < prelude.length; index += 1) {
      const character = prelude[index];
      if (character === '(') depth += 1;
      else if (character === ')') depth -= 1;
      else if (character === ',' && depth === 0) {
        parts.push(prelude.slice(start, index).trim());
        start = index + 1;
      }
    }
    return [...parts, prelude.slice(start).trim()];
  });
}

describe('styles.css and editor.css', () => {
  it.each([
    ['styles.css', css],
    ['editor.css', editorCss],
  ])('%s puts every rule in the rum cascade layer, so unlayered app CSS wins', (_file, sheet) => {
    const open = sheet.indexOf('@layer rum {');
    expect(sheet.slice(0, open).trim()).toBe('');
    const brace = sheet.indexOf('{', open);
    expect(brace + block(brace, sheet).length).toBe(sheet.trimEnd().length);
  });

  it.each([
    ['styles.css', css],
    ['editor.css', editorCss],
  ])('%s styles only its own elements: every selector names a rum- class', (_file, sheet) => {
    const found = selectors(sheet);
    expect(found.length).toBeGreaterThan(50);
    // A bare [data-type] or element selector would restyle the host page's elements too.
    expect(found.filter((selector) => !/\.rum-[\w-]+/.test(selector))).toEqual([]);
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
    // The editor declares no theme of its own: its colours are the same variables, in both themes.
    expect(editorCss.match(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(|light-dark\(/gi) ?? []).toEqual([]);
  });
});
