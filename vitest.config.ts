import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// `npm test` runs every project listed here.
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/consumer/**', 'node_modules/**'],
          setupFiles: ['test/setup.ts'],
          restoreMocks: true,
        },
      },
    ],
  },
});
