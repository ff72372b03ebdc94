// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCssFetches, findDangerousSinks } from './findDangerousSinks';

const ROOT = join(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');

function sourceFiles(extensions: readonly string[]): string[] {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((path) => extensions.some((extension) => path.endsWith(extension)))
    .map((path) => join(SRC, path))
    .sort();
}

describe('no value can reach an HTML, script or CSS-url sink (source scan)', () => {
  const files = sourceFiles(['.ts', '.tsx']).filter((path) => !path.endsWith('.d.ts'));

  it('finds the source files it is meant to scan', () => {
    const names = files.map((path) => relative(SRC, path));
    expect(names).toContain(join('core', 'request', 'createRequester.ts'));
    expect(names.filter((name) => name.endsWith('.tsx')).length).toBeGreaterThan(0);
  });

  it('src/**/*.{ts,tsx} uses no dangerouslySetInnerHTML, innerHTML, eval, new Function, document.write or CSS url()', () => {
    const findings = files.flatMap((path) =>
      findDangerousSinks(readFileSync(path, 'utf8'), path).map(
        (finding) => `${relative(ROOT, path)}: ${finding.sink}: ${finding.line}`,
      ),
    );
    expect(findings).toEqual([]);
  });

  it('src/**/*.css (styles.css included) fetches nothing: no url(), image-set(), @import', () => {
    const stylesheets = sourceFiles(['.css']);
    expect(stylesheets.map((path) => relative(ROOT, path))).toContain(join('src', 'styles.css'));
    const findings = stylesheets.flatMap((path) =>
      findCssFetches(readFileSync(path, 'utf8')).map((line) => `${relative(ROOT, path)}: ${line}`),
    );
    expect(findings).toEqual([]);
  });
});

// The scanner is only worth something if it cannot be fooled by the obvious tricks.
describe('findDangerousSinks', () => {
  const sinksIn = (source: string, fileName = 'fixture.tsx') =>
    findDangerousSinks(source, fileName).map((finding) => finding.sink);

  it.each([
    [
      'a JSX prop',
      'export const A = (p: { h: string }) => <div dangerouslySetInnerHTML={{ __html: p.h }} />;',
      'dangerouslySetInnerHTML',
    ],
    [
      'a spread object',
      'const props = { dangerouslySetInnerHTML: { __html: x } }; export const B = () => <div {...props} />;',
      'dangerouslySetInnerHTML',
    ],
    [
      'an assignment after a "//" inside a string',
      "const u = 'https://x'; el.innerHTML = value;",
      'innerHTML/outerHTML',
    ],
    ['bracket access', "el['outerHTML'] = value;", 'innerHTML/outerHTML'],
    ['Object.assign', 'Object.assign(el, { innerHTML: value });', 'innerHTML/outerHTML'],
    ['a statement split over lines', 'el\n  .insertAdjacentHTML(\n "beforeend", v);', 'insertAdjacentHTML'],
    ['document.write', 'document\n.write(value);', 'document.write'],
    ['document["writeln"]', 'document["writeln"](value);', 'document.write'],
    ['direct eval', 'eval(code);', 'eval'],
    ['indirect eval', '(0, eval)(code); const e = globalThis.eval;', 'eval'],
    ['new Function', 'const f = new Function("a", code);', 'Function constructor'],
    ['Function called without new', 'Function("return this")();', 'Function constructor'],
    ['a string timer', 'setTimeout("alert(1)", 10);', 'string-evaluating timer'],
    ['a CSS url() in a template', 'const style = { background: `url(${photo})` };', 'CSS url()'],
    ['an upper-case CSS URL() in a string', "const css = 'URL(' + photo + ')';", 'CSS url()'],
    [
      'a backgroundImage style',
      'export const C = () => <div style={{ backgroundImage: bg }} />;',
      'inline style property that loads an image',
    ],
    ['srcdoc', 'export const D = (p: { h: string }) => <iframe title="x" srcDoc={p.h} />;', 'srcdoc'],
  ])('flags %s', (_, source, sink) => {
    expect(sinksIn(source)).toContain(sink);
  });

  it('ignores comments, JSX comments, types and look-alike names', () => {
    const source = `
      // We never use innerHTML, eval( or url( here.
      /** Not dangerouslySetInnerHTML: see docs. document.write */
      type Callback = Function;
      export const E = (p: { photo: string; cb: Callback }) => {
        const parsed = new URL(p.photo);
        const ok = URL.canParse(p.photo);
        writer.write('chunk');
        const evaluated = evaluate(p.photo);
        return <img alt="" src={parsed.href} data-ok={String(ok && evaluated)}>{/* innerHTML */}</img>;
      };
    `;
    expect(sinksIn(source)).toEqual([]);
  });

  it('flags url( in CSS anywhere, comments included, in any case', () => {
    expect(findCssFetches('.a { color: red; }\n/* url(x) */\n.b { background: URL( "x" ); }')).toEqual([
      '/* url(x) */',
      '.b { background: URL( "x" ); }',
    ]);
    expect(findCssFetches('@import "other.css";')).toHaveLength(1);
    expect(findCssFetches('.a { color: var(--rum-fg); }')).toEqual([]);
  });
});
