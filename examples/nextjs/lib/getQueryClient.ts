// TanStack's recipe for the App Router: a new QueryClient for every server render (a module-level one
// would share one user's cached data with the next request), one for the whole session in the browser.
import { isServer, QueryClient } from '@tanstack/react-query';

function makeQueryClient(): QueryClient {
  return new QueryClient({
    // Above zero, so the browser does not refetch at once what the server just fetched.
    defaultOptions: { queries: { staleTime: 60_000 } },
  });
}

let browserQueryClient: QueryClient | undefined;

export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}
