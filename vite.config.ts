import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { moduleGroups } from './build/moduleGroups';
import { onDemandEntries } from './build/onDemandEntries';
import { serverSafeEntries } from './build/serverSafeEntries';

// Library build: ES modules named after src/, one public entry per folder index.
// The client entry keeps its own 'use client' directive (rolldown preserves an entry's directives);
// test/package checks that it survives the build and that core/server entries have none; grouped files keep
// no module's directive, so serverSafeEntries checks the build's module graph: no file that the core and server
// entries load holds a 'use client' module.
const entries = {
  index: 'src/index.ts',
  'core/index': 'src/core/index.ts',
  'server/index': 'src/server/index.ts',
  'msw/index': 'src/msw/index.ts',
  'editor/index': 'src/editor/index.ts',
} as const;

const src = resolve(import.meta.dirname, 'src');
const entryFiles = Object.fromEntries(
  Object.entries(entries).map(([name, file]) => [name, resolve(import.meta.dirname, file)]),
);

const external = [/^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\//, /^valibot$/, /^msw($|\/)/, /^node:/];

export default defineConfig({
  plugins: [react(), serverSafeEntries(['core/index', 'server/index'])],
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    copyPublicDir: false,
    sourcemap: true,
    minify: false,
    target: 'es2022',
    lib: {
      // The modules src loads with import() are entries too: each keeps its own file and its exports as they are.
      entry: { ...entryFiles, ...onDemandEntries(src) },
      formats: ['es'],
    },
    rolldownOptions: {
      external,
      // Lets the on-demand entries' chunks hold the modules grouped with them (their exports are kept).
      preserveEntrySignatures: 'allow-extension',
      output: {
        // One file per group of modules an app always loads together: the modules reached from exactly the same
        // public modules and import()s (build/moduleGroups.ts), ~90 files. With "sideEffects" in package.json, an
        // app's bundler drops every file it does not import, so importing one hook never pulls in a component.
        // Emitted as plain bundles, /admin/plan (one hook) in the Next.js example measured 18.66 kB instead of
        // 4.11 (Turbopack does not tree-shake inside a shared chunk). One file per source module (preserveModules,
        // ~200 files) cost more than grouped ones under every bundler, measured by test/nextjs back to back on
        // b4b8e87: /admin 18.84 -> 18.34 kB (Turbopack), 18.29 -> 17.82 (webpack), the editor page 26.28 -> 25.61
        // and 25.09 -> 24.55, /admin/plan 4.15 -> 4.14 and 3.90 -> 3.84; esbuild's /admin imports 16.87 -> 16.69.
        // The same emission one file per module measured as preserveModules did: the grouping is the gain.
        codeSplitting: {
          groups: [
            {
              name: moduleGroups(src, Object.values(entryFiles)),
              debugName: 'modules an app always loads together',
              // Each module is placed by its own doors; its imports by theirs.
              includeDependenciesRecursively: false,
            },
          ],
        },
        entryFileNames: '[name].js',
        chunkFileNames: '[name].js',
        // Grouped files export their modules' own names, as the modules did (size-limit imports some by name).
        minifyInternalExports: false,
      },
    },
  },
});
