import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Library build: ES modules mirroring src/, one public entry per folder index.
// The client entry keeps its own 'use client' directive (rolldown preserves an entry's directives);
// test/package checks that it survives the build and that core/server entries have none.
const entries = {
  index: 'src/index.ts',
  'core/index': 'src/core/index.ts',
  'server/index': 'src/server/index.ts',
  'msw/index': 'src/msw/index.ts',
  'editor/index': 'src/editor/index.ts',
} as const;

const external = [/^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\//, /^valibot$/, /^msw($|\/)/, /^node:/];

export default defineConfig({
  plugins: [react()],
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    copyPublicDir: false,
    sourcemap: true,
    minify: false,
    target: 'es2022',
    lib: {
      entry: Object.fromEntries(
        Object.entries(entries).map(([name, file]) => [name, resolve(import.meta.dirname, file)]),
      ),
      formats: ['es'],
    },
    rolldownOptions: {
      external,
      output: {
        // One file per source module: with "sideEffects" in package.json, an app's bundler drops every
        // module it does not import, so importing one hook never pulls in a component. Turbopack does not
        // tree-shake inside a shared chunk: emitted as bundles, the Next.js example's /admin/plan (one hook)
        // measured 18.66 kB instead of 4.11, and /admin 18.73 instead of 17.81 (test/nextjs, same build).
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
});
