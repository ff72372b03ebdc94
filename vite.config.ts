import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Library build. One ES module per public entry; shared code lands in chunks/.
// The client entry keeps its own 'use client' directive (rolldown preserves an entry's directives);
// test/package checks that it survives the build and that core/server entries have none.
const entries = {
  index: 'src/index.ts',
  core: 'src/core/index.ts',
  server: 'src/server/index.ts',
} as const;

const external = [/^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\//, /^zod($|\/)/, /^msw($|\/)/, /^node:/];

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
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
