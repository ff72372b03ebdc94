// What the server process talks to instead of the real APIs: the library's own msw handler factories,
// run by msw/node. The browser never sees these; it reaches Hanko only through the app's proxy.
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { hankoFixtures, hankoHandlers, sequence, synodicHandlers } from 'react-user-metadata/msw';
import { HANKO_ADMIN_KEY, HANKO_ADMIN_URL, HANKO_RETRY_USER, HANKO_USER, OWNER } from './config';

export const upstream = setupServer(
  // Hanko's admin API rejects calls without the key; this proves the proxy added it.
  http.get(`${HANKO_ADMIN_URL}/users/:userId/metadata`, ({ request }) =>
    request.headers.get('authorization') === `Bearer ${HANKO_ADMIN_KEY}`
      ? undefined
      : HttpResponse.json({ code: 401, message: 'Unauthorized' }, { status: 401 }),
  ),
  synodicHandlers.user({ username: OWNER }),
  hankoHandlers.metadata({ baseUrl: HANKO_ADMIN_URL, userId: HANKO_USER }),
  sequence(
    hankoHandlers.status(500, { baseUrl: HANKO_ADMIN_URL, userId: HANKO_RETRY_USER }),
    hankoHandlers.metadata({ baseUrl: HANKO_ADMIN_URL, userId: HANKO_RETRY_USER, metadata: hankoFixtures.publicOnly }),
  ),
);
