// What the MSW service worker answers in the browser: Synodic, which browsers call directly.
// Hanko requests are not mocked here: they go to the app's real proxy (server.mjs).
import { sequence, synodicHandlers } from 'react-user-metadata/msw';
import { OWNER, RETRY_USER } from './config';

export const browserHandlers = [
  synodicHandlers.user({ username: OWNER }),
  // The first request fails, Retry succeeds.
  sequence(
    synodicHandlers.serverError({ username: RETRY_USER, status: 503 }),
    synodicHandlers.user({ username: RETRY_USER, view: 'public' }),
  ),
];
