import { existsSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

// 'use client' as the first statement, after any comments.
const USE_CLIENT = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*(['"])use client\1/;

/** Whether the source file `id` (a module id of the build) starts with the 'use client' directive. */
export function isClientModule(id: string): boolean {
  const file = id.split('?')[0] ?? id;
  return /\.[cm]?[jt]sx?$/.test(file) && existsSync(file) && USE_CLIENT.test(readFileSync(file, 'utf8'));
}

/**
 * Fails the build when a file that one of `entries` (entry names, such as `core/index`) loads, by an import
 * or an `import()`, holds a module that starts with 'use client'. Servers and React Server Components load
 * those entries. dist's files group modules, and a grouped file keeps no module's directive, so the text of
 * dist cannot show a client module that slipped into a server entry's files: the build's module graph can.
 */
export function serverSafeEntries(entries: readonly string[]): Plugin {
  // Storybook builds its static site on vite.config.ts without the library's entries: only dist is checked.
  let isLibraryBuild = false;
  return {
    name: 'server-safe-entries',
    configResolved(config) {
      isLibraryBuild = Boolean(config.build.lib);
    },
    generateBundle(_options, bundle) {
      if (!isLibraryBuild) return;
      const chunks = new Map(
        Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [[file.fileName, file] as const] : [])),
      );
      for (const entry of entries) {
        const start = [...chunks.values()].find((chunk) => chunk.isEntry && chunk.name === entry);
        if (!start) this.error(`serverSafeEntries: the build has no entry named ${entry}`);
        const queue = [start.fileName];
        const seen = new Set<string>();
        for (let fileName = queue.pop(); fileName !== undefined; fileName = queue.pop()) {
          const chunk = chunks.get(fileName);
          if (seen.has(fileName) || !chunk) continue;
          seen.add(fileName);
          const clientModules = chunk.moduleIds.filter(isClientModule);
          if (clientModules.length > 0) {
            this.error(
              `${entry} loads ${fileName}, which holds 'use client' modules: ${clientModules.join(', ')}. ` +
                'Servers and React Server Components load this entry.',
            );
          }
          queue.push(...chunk.imports, ...chunk.dynamicImports);
        }
      }
    },
  };
}
