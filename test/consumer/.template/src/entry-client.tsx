import 'react-user-metadata/styles.css';
import type { DehydratedState } from '@tanstack/react-query';
import { setupWorker } from 'msw/browser';
import { hydrateRoot } from 'react-dom/client';
import { App } from './App';
import { browserHandlers } from './browserMocks';
import { createAppHankoClient, createAppQueryClient, synodicClient } from './clients';
import { Root } from './Root';

/** What the browser test reads. */
export interface ConsumerStatus {
  hydrated: boolean;
  recoverableErrors: string[];
  unhandledRequests: string[];
  /** Which React build the bundle holds (`vite build` with NODE_ENV=development gives the development one). */
  reactBuild: 'development' | 'production';
}

declare global {
  interface Window {
    __consumer: ConsumerStatus;
  }
}

const status: ConsumerStatus = {
  hydrated: false,
  recoverableErrors: [],
  unhandledRequests: [],
  reactBuild: import.meta.env.DEV ? 'development' : 'production',
};
window.__consumer = status;

// Synodic must be mocked; Hanko goes to the app's real proxy; page assets load normally.
function noteUnhandled(request: Request) {
  if (new URL(request.url).hostname === 'api.synodic.ai') status.unhandledRequests.push(request.url);
}

// The app runs on msw 2 and msw 3, which renamed `onUnhandledRequest` to `onUnhandledFrame`: each
// major reads its own option and ignores the other (an object, not a literal, so both type-check).
const startOptions = {
  quiet: true,
  onUnhandledRequest: noteUnhandled,
  onUnhandledFrame: ({ frame }: { frame: { data: unknown } }) => {
    const { request } = frame.data as { request?: Request };
    if (request) noteUnhandled(request);
  },
};

async function main() {
  const worker = setupWorker(...browserHandlers);
  await worker.start(startOptions);
  const state = JSON.parse(document.getElementById('ssr-state')?.textContent || 'null') as DehydratedState | null;
  const container = document.getElementById('root');
  if (!container) throw new Error('#root is missing');
  hydrateRoot(
    container,
    <Root
      queryClient={createAppQueryClient()}
      state={state ?? undefined}
      synodicClient={synodicClient}
      hankoClient={createAppHankoClient()}
      onHydrated={() => {
        status.hydrated = true;
      }}
    >
      <App />
    </Root>,
    {
      onRecoverableError: (error) => {
        status.recoverableErrors.push(error instanceof Error ? error.message : String(error));
        console.error('recoverable error during hydration:', error);
      },
    },
  );
}

main().catch((error: unknown) => {
  console.error('consumer app failed to start:', error);
});
