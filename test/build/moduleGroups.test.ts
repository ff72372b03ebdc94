// @vitest-environment node
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moduleGroups } from '../../build/moduleGroups';
import { onDemandEntries } from '../../build/onDemandEntries';

// A library in small: an entry re-exporting a component and a hook through a barrel, a helper both use,
// the component's own internals, and a part the component loads on demand with a helper of its own.
const FILES: Record<string, string> = {
  'index.ts': "export * from './publicExports';\n",
  'publicExports.ts': "export { Tree } from './Tree';\nexport { useCount } from './useCount';\n",
  'Tree.ts': [
    "import { formatCount } from './formatCount';",
    "import { treeRows } from './tree/treeRows';",
    "import { treeKeys } from './tree/treeKeys';",
    "export const Tree = (n: number) => [formatCount(n), treeRows(n), treeKeys(), import('./treeSearch')];",
  ].join('\n'),
  'tree/treeRows.ts': "export const treeRows = (n: number) => [0, n].map((i) => 'row' + i);\n",
  'tree/treeKeys.ts': "export const treeKeys = () => ['ArrowUp', 'ArrowDown'];\n",
  'useCount.ts': [
    "import { formatCount } from './formatCount';",
    'export const useCount = (n: number) => formatCount(n + 1);',
  ].join('\n'),
  'formatCount.ts': "export const formatCount = (n: number) => 'count ' + n;\n",
  'treeSearch.ts': [
    "import { searchPattern } from './tree/searchPattern';",
    'export const search = (q: string) => searchPattern(q);',
  ].join('\n'),
  'tree/searchPattern.ts': "export const searchPattern = (q: string) => new RegExp(q, 'i');\n",
};

let root: string;
let files: Map<string, string>;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'module-groups-'));
  const src = join(root, 'src');
  for (const [name, text] of Object.entries(FILES)) {
    mkdirSync(join(src, name, '..'), { recursive: true });
    writeFileSync(join(src, name), text);
  }
  const entry = join(src, 'index.ts');
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    build: {
      write: false,
      minify: false,
      lib: { entry: { index: entry, ...onDemandEntries(src) }, formats: ['es'] },
      rolldownOptions: {
        preserveEntrySignatures: 'allow-extension',
        output: {
          codeSplitting: { groups: [{ name: moduleGroups(src, [entry]), includeDependenciesRecursively: false }] },
          entryFileNames: '[name].js',
          chunkFileNames: '[name].js',
          minifyInternalExports: false,
        },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap(({ output }) => output.filter((file) => file.type === 'chunk'));
  files = new Map(chunks.map((chunk) => [chunk.fileName, chunk.code]));
}, 30_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('moduleGroups', () => {
  it('writes one file per set of modules the same doors reach, named after its door', () => {
    expect([...files.keys()].sort()).toEqual(['Tree.js', 'formatCount.js', 'index.js', 'treeSearch.js', 'useCount.js']);
  });

  it("puts a component's own internals in its file, and nothing another door uses", () => {
    const tree = files.get('Tree.js') ?? '';
    expect(tree).toContain('"row" + i');
    expect(tree).toContain('"ArrowUp"');
    expect(tree).not.toContain('"count "');
    expect(tree).toContain('"./formatCount.js"');
  });

  it('keeps what only the hook uses out of the component, and the component out of the hook', () => {
    const hook = files.get('useCount.js') ?? '';
    expect(hook).toContain('"./formatCount.js"');
    expect(hook).not.toContain('Tree');
  });

  it('keeps an on-demand module its own file, with the helpers only it uses and its exports as they are', () => {
    const search = files.get('treeSearch.js') ?? '';
    expect(search).toContain('new RegExp(q, "i")');
    expect(search).toMatch(/export \{ search \}/);
    expect(files.get('Tree.js')).toContain('import("./treeSearch.js")');
  });
});
