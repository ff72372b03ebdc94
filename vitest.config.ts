import { join } from 'node:path';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
// Debian's Chromium (CHROMIUM_PATH elsewhere); nothing downloads a browser.
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

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
          exclude: ['test/consumer/**', 'test/nextjs/**', 'examples/**', 'node_modules/**'],
          setupFiles: ['test/setup.ts'],
          restoreMocks: true,
        },
      },
      {
        // Every story is a test in real Chromium: it renders with MSW, runs its play function, then axe.
        extends: true,
        plugins: [storybookTest({ configDir: join(import.meta.dirname, '.storybook') })],
        // Pre-bundled up front: on a cold cache Vite would re-optimize mid-run and fail a story file
        // with "Vitest failed to find the current suite".
        optimizeDeps: {
          include: [
            'msw',
            'msw/browser',
            'msw-storybook-addon/csf3',
            '@tanstack/react-query',
            'valibot',
            'react',
            'react-dom',
            'react-dom/client',
            'react/jsx-runtime',
            'react/jsx-dev-runtime',
          ],
        },
        test: {
          name: 'storybook',
          // Screenshots in both themes and axe on the dark canvas, after each story's own checks.
          setupFiles: ['.storybook/visualChecks.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
              // No shimmer and no transitions: a screenshot shows one frame that every run can reproduce.
              // The page around the story's frame is larger than any story, so the frame is never
              // scaled down to fit it: screenshots are at the story's real width (visualChecks.ts).
              contextOptions: { reducedMotion: 'reduce', viewport: { width: 1280, height: 4000 } },
            }),
            instances: [{ browser: 'chromium' }],
            expect: {
              toMatchScreenshot: {
                // One folder of references, named after the story; `npm run test:screenshots` rewrites them.
                resolveScreenshotPath: ({ arg, browserName, platform, ext }) =>
                  join(import.meta.dirname, `test/screenshots/${arg}-${browserName}-${platform}${ext}`),
              },
            },
          },
        },
      },
    ],
  },
});
