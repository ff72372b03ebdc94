// @vitest-environment node
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dynamicImports, onDemandEntries } from '../../build/onDemandEntries';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function sourceTree(files: Record<string, string>): string {
  const src = mkdtempSync(join(tmpdir(), 'on-demand-'));
  roots.push(src);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(src, name, '..'), { recursive: true });
    writeFileSync(join(src, name), text);
  }
  return src;
}

describe('dynamicImports', () => {
  it('reads import() in either quotes, over several lines, and skips typeof import()', () => {
    const text = [
      "export type Parts = typeof import('./typeOnly');",
      "export const a = () => import('./single');",
      'export const b = () => import("./double");',
      'export const c = () =>',
      '  import(',
      "    './spread'",
      '  );',
      'export const d = () => import(`./template`);',
      "// import(someName) in a comment is not a call, nor 'import(' in a string",
    ].join('\n');
    expect(dynamicImports('parts.ts', text)).toEqual(['./single', './double', './spread', './template']);
  });

  it('throws on an import() whose module it cannot read, with its file and line', () => {
    expect(() => dynamicImports('a.ts', "const name = './x';\nexport const load = () => import(name);")).toThrow(
      'a.ts:2: import(name) names no module the build can read',
    );
    expect(() => dynamicImports('b.ts', 'export const load = (part: string) => import(`./parts/${part}`);')).toThrow(
      /b\.ts:1: .*names no module/,
    );
    expect(() => dynamicImports('c.ts', "export const load = () => import('./a' + '.js');")).toThrow(/c\.ts:1/);
  });
});

describe('onDemandEntries', () => {
  it('makes each module loaded with import() an entry named after its path, packages left out', () => {
    const src = sourceTree({
      'index.ts': "export const load = () => [import('./tree/search'), import(\"./parse\"), import('lossless-json')];\n",
      'tree/search.ts': 'export const search = 1;\n',
      'parse.ts': 'export const parse = 1;\n',
    });
    expect(onDemandEntries(src)).toEqual({ 'tree/search': join(src, 'tree/search.ts'), parse: join(src, 'parse.ts') });
  });

  it('throws on a computed import() rather than leaving it to the grouping', () => {
    const src = sourceTree({ 'index.ts': "const parts = ['./a'];\nexport const load = () => import(parts[0]!);\n" });
    expect(() => onDemandEntries(src)).toThrow('index.ts:2: import(parts[0]!) names no module the build can read');
  });

  it('throws on an import() of a module that is not in src', () => {
    const src = sourceTree({ 'index.ts': "export const load = () => import('./missing');\n" });
    expect(() => onDemandEntries(src)).toThrow('index.ts imports ./missing on demand: no such module in src');
  });
});
