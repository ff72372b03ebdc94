// @vitest-environment node
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { moduleGroups } from '../../build/moduleGroups';
import { onDemandEntries } from '../../build/onDemandEntries';
import { isClientModule, serverSafeEntries } from '../../build/serverSafeEntries';

// A library in small, as vite.config.ts builds dist: a client entry and a server entry, grouped files.
const FILES: Record<string, string> = {
  'index.ts': "'use client';\nexport { Card } from './Card';\nexport { formatName } from './formatName';\n",
  'Card.ts': "'use client';\nimport { formatName } from './formatName';\nexport const Card = (n: string) => formatName(n);\n",
  'formatName.ts': "export const formatName = (n: string) => 'name ' + n;\n",
  'server/index.ts': "export { formatName } from '../formatName';\n",
};

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** Builds FILES with `changes` applied, as dist is built; resolves to the names of the files written. */
async function buildLibrary(changes: Record<string, string> = {}) {
  const root = mkdtempSync(join(tmpdir(), 'server-safe-'));
  roots.push(root);
  const src = join(root, 'src');
  for (const [name, text] of Object.entries({ ...FILES, ...changes })) {
    mkdirSync(join(src, name, '..'), { recursive: true });
    writeFileSync(join(src, name), text);
  }
  const entries = { index: join(src, 'index.ts'), 'server/index': join(src, 'server/index.ts') };
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    plugins: [serverSafeEntries(['server/index'])],
    build: {
      write: false,
      minify: false,
      lib: { entry: { ...entries, ...onDemandEntries(src) }, formats: ['es'] },
      rolldownOptions: {
        preserveEntrySignatures: 'allow-extension',
        output: {
          codeSplitting: {
            groups: [{ name: moduleGroups(src, Object.values(entries)), includeDependenciesRecursively: false }],
          },
          entryFileNames: '[name].js',
          chunkFileNames: '[name].js',
        },
      },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  return outputs.flatMap((output) => ('output' in output ? output.output.map((file) => file.fileName) : []));
}

describe('serverSafeEntries', () => {
  it('leaves a build that is not the library alone (Storybook builds its site on vite.config.ts)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'server-safe-app-'));
    roots.push(root);
    writeFileSync(join(root, 'main.ts'), "'use client';\nexport const app = 1;\n");
    const result = await build({
      configFile: false,
      logLevel: 'silent',
      root,
      plugins: [serverSafeEntries(['server/index'])],
      build: { write: false, minify: false, rolldownOptions: { input: join(root, 'main.ts') } },
    });
    const outputs = Array.isArray(result) ? result : [result];
    expect(outputs.flatMap((output) => ('output' in output ? output.output.map((file) => file.fileName) : []))).toHaveLength(1);
  });

  it('lets a server entry load what client modules share with it', async () => {
    expect(await buildLibrary()).toContain('server/index.js');
  });

  it("fails the build when a server entry's files hold a 'use client' module, which grouping strips of its directive", async () => {
    const changes = {
      'server/index.ts': "export { formatName } from '../formatName';\nexport { Card } from '../Card';\n",
    };
    await expect(buildLibrary(changes)).rejects.toThrow(/server\/index loads .*'use client' modules: .*Card\.ts/s);
  });

  it("follows a server entry's import() too", async () => {
    const changes = {
      'server/index.ts': "export const loadCard = () => import('../Card');\n",
    };
    await expect(buildLibrary(changes)).rejects.toThrow(/'use client' modules: .*Card\.ts/s);
  });

  it("reads the directive after comments, in either quotes, and not in the middle of a file", () => {
    const root = mkdtempSync(join(tmpdir(), 'client-module-'));
    roots.push(root);
    const write = (name: string, text: string) => {
      writeFileSync(join(root, name), text);
      return join(root, name);
    };
    expect(isClientModule(write('a.ts', '// A card.\n/* its parts */\n"use client";\nexport {};\n'))).toBe(true);
    expect(isClientModule(write('b.tsx', "'use client'\nexport {};\n"))).toBe(true);
    expect(isClientModule(write('c.ts', "export const directive = 'use client';\n"))).toBe(false);
    expect(isClientModule(write('d.css', "'use client';\n"))).toBe(false);
  });
});
