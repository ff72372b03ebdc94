// @vitest-environment node
import { type DehydratedState, dehydrate, HydrationBoundary, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { HttpResponse, http } from 'msw';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { HankoMetadataInspector } from '../../src/components/HankoMetadataInspector';
import { createHankoClient } from '../../src/core/createHankoClient';
import { hankoMetadataQueryOptions } from '../../src/core/hankoMetadataQueryOptions';
import { withholdFromDehydratedState } from '../../src/core/withholdFromDehydratedState';
import { UserMetadataProvider } from '../../src/react/UserMetadataProvider';
import { server as mswServer } from '../mswServer';

// The README's server-rendering recipe for Hanko, with an admin panel whose viewer may not read
// private metadata. The page is what a framework sends: the markup and the dehydrated state it embeds
// for hydration (Next.js puts a client component's props in the page the same way).

const ADMIN_URL = 'https://tenant.hanko.io/admin';
const userId = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const PRIVATE_VALUE = 'cus_PRIVATE_4f1a';

function serveAdminApi(): void {
  mswServer.use(
    http.get(`${ADMIN_URL}/users/:id/metadata`, () =>
      HttpResponse.json({
        public_metadata: { role: 'support' },
        private_metadata: { stripe_customer: PRIVATE_VALUE },
        unsafe_metadata: { theme: 'dark' },
      }),
    ),
  );
}

/** The server half of the recipe: fill the browser's key from the admin API, then dehydrate. */
async function prefetchedState(withhold: boolean): Promise<DehydratedState> {
  const queryClient = new QueryClient();
  const admin = createHankoClient({ baseUrl: ADMIN_URL, apiKey: 'hk_test_server_only' });
  const asTheBrowserSeesIt = createHankoClient({ baseUrl: '/api/hanko' }); // never fetches here: only its key is used
  queryClient.setQueryData(
    hankoMetadataQueryOptions(asTheBrowserSeesIt, userId).queryKey,
    await admin.getUserMetadata(userId),
  );
  return withhold ? withholdFromDehydratedState(dehydrate(queryClient)) : dehydrate(queryClient);
}

/** Renders the page as the browser first receives it, and again from the state as the browser hydrates it. */
function renderPage(state: DehydratedState): { page: string; hydratedMarkup: string } {
  const render = (dehydrated: DehydratedState) =>
    renderToString(
      <QueryClientProvider client={new QueryClient()}>
        <UserMetadataProvider hankoClient={createHankoClient({ baseUrl: '/api/hanko' })}>
          <HydrationBoundary state={dehydrated}>
            <HankoMetadataInspector userId={userId} />
          </HydrationBoundary>
        </UserMetadataProvider>
      </QueryClientProvider>,
    );
  const serialized = JSON.stringify(state);
  const page = `<div id="root">${render(state)}</div><script>self.__QUERY_STATE__=${serialized}</script>`;
  return { page, hydratedMarkup: render(JSON.parse(serialized) as DehydratedState) };
}

describe('server rendering with withholdFromDehydratedState', () => {
  it('sends no private value in the page, markup or embedded state, and says it is hidden', async () => {
    serveAdminApi();
    const { page, hydratedMarkup } = renderPage(await prefetchedState(true));
    expect(page).toContain('support');
    expect(page).toContain('Hidden by your access');
    expect(page).not.toContain('No private metadata');
    expect(page).not.toContain(PRIVATE_VALUE);
    expect(page).not.toContain('stripe_customer');
    expect(page).toContain(hydratedMarkup);
  });

  it('without it, the private value is in the page even though the inspector masks it', async () => {
    serveAdminApi();
    const { page } = renderPage(await prefetchedState(false));
    expect(page.slice(0, page.indexOf('<script>'))).not.toContain(PRIVATE_VALUE);
    expect(page).toContain(PRIVATE_VALUE);
  });
});
