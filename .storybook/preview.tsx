import type { Decorator, Preview } from '@storybook/react-vite';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { type ReactNode, useState } from 'react';
import { createHankoClient } from '../src/core/createHankoClient';
import { createSynodicClient } from '../src/core/createSynodicClient';
import { UserMetadataProvider } from '../src/react/UserMetadataProvider';
import '../src/styles.css';

/**
 * Stories want the error state at once, so their QueryClient switches retries off (a QueryClient's
 * `retry` wins over the library's policy of two retries, 1 s then 2 s), unless a story asks for the
 * library's policy with `parameters: { libraryRetry: true }`.
 */
function createStoryQueryClient(libraryRetry: boolean): QueryClient {
  const retry = libraryRetry ? {} : { retry: false };
  return new QueryClient({ defaultOptions: { queries: { staleTime: Number.POSITIVE_INFINITY, ...retry } } });
}

// In a browser the Hanko admin API is reached through the app's proxy route; MSW answers it in stories.
const hankoClient = createHankoClient({ baseUrl: '/api/hanko' });
const synodicClient = createSynodicClient();

/** Mounted once per story render (keyed by story id), so no story sees another's cache. */
function StoryProviders({ libraryRetry, children }: { libraryRetry: boolean; children: ReactNode }) {
  const [queryClient] = useState(() => createStoryQueryClient(libraryRetry));
  return (
    <QueryClientProvider client={queryClient}>
      <UserMetadataProvider synodicClient={synodicClient} hankoClient={hankoClient}>
        {children}
      </UserMetadataProvider>
    </QueryClientProvider>
  );
}

const withProviders: Decorator = (Story, context) => (
  <StoryProviders key={context.id} libraryRetry={context.parameters.libraryRetry === true}>
    <Story />
  </StoryProviders>
);

export type Theme = 'light' | 'dark';

/**
 * Pins the theme the toolbar picked: the components follow `data-theme` on any ancestor. The canvas is a
 * `rum-root` itself, so its background, text and font are the theme's own (not var()s that resolve to
 * nothing outside a component), and it fills the viewport: dark stories sit on a dark page, and axe
 * measures contrast against the colour that is really behind them.
 */
const withTheme: Decorator = (Story, context) => {
  const theme: Theme = context.globals.theme === 'dark' ? 'dark' : 'light';
  return (
    <div
      data-theme={theme}
      className="rum-root"
      style={{ padding: '1rem', minHeight: context.viewMode === 'docs' ? undefined : '100vh' }}
    >
      <Story />
    </div>
  );
};

/** Requests to the two APIs the stories mock; one that no handler answers is a broken story. */
const MOCKED_API = /^https:\/\/api\.synodic\.ai\/|\/api\/hanko\//;

/**
 * The worker script is resolved against the page, not the server root, so a static build deployed
 * under a sub-path (GitHub Pages' /repo/) still finds public/mockServiceWorker.js next to iframe.html.
 */
async function startWorker() {
  const { setupWorker } = await import('msw/browser');
  const worker = setupWorker();
  await worker.start({
    quiet: true,
    serviceWorker: { url: new URL('mockServiceWorker.js', document.baseURI).pathname },
    onUnhandledRequest(request, print) {
      // Everything else (Vite modules, fonts, the demo avatar) goes to the network untouched.
      if (MOCKED_API.test(request.url)) print.error();
    },
  });
  return worker;
}

const preview: Preview = {
  loaders: [mswLoader(startWorker)],
  decorators: [withProviders, withTheme],
  globalTypes: {
    theme: {
      description: 'Colour theme of the components',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light' },
  parameters: {
    layout: 'fullscreen',
    // Any axe violation fails the story's test.
    a11y: { test: 'error' },
    controls: { matchers: { date: /At$/ } },
  },
};

export default preview;
