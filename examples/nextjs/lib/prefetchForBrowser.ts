// Fills the server's QueryClient with data fetched with the server's keys, filed under the query key
// the browser's client will look for (its base URL is the proxy, and for Synodic it sends no key, so
// `authenticated` is false in its key). An upstream failure leaves that query out of the dehydrated
// state: the page still renders, and the component fetches in the browser, where it shows the error
// and Retry. (prefetchQuery never throws; `dehydrate` keeps only successful queries.)
import 'server-only';
import type { DataTag, QueryClient, QueryKey } from '@tanstack/react-query';
import type { ApiError } from 'react-user-metadata/core';

export function prefetchForBrowser<Data>(
  queryClient: QueryClient,
  browserQueryKey: DataTag<QueryKey, Data, ApiError>,
  fetchOnServer: () => Promise<Data>,
): Promise<void> {
  return queryClient.prefetchQuery({ queryKey: browserQueryKey, queryFn: fetchOnServer, retry: false });
}
