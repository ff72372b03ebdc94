import { type DehydratedState, HydrationBoundary, type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { type HankoClient, type SynodicClient, UserMetadataProvider } from 'react-user-metadata';

export interface RootProps {
  queryClient: QueryClient;
  /** The server's dehydrated cache. */
  state: DehydratedState | undefined;
  synodicClient: SynodicClient;
  hankoClient: HankoClient;
  /** Called once, after hydration. */
  onHydrated?: () => void;
  children: React.ReactNode;
}

/** The providers, the same on the server and in the browser, so hydration sees the same tree. */
export function Root({ queryClient, state, synodicClient, hankoClient, onHydrated, children }: RootProps) {
  useEffect(() => {
    onHydrated?.();
  }, [onHydrated]);
  return (
    <QueryClientProvider client={queryClient}>
      <HydrationBoundary state={state}>
        <UserMetadataProvider synodicClient={synodicClient} hankoClient={hankoClient}>
          {children}
        </UserMetadataProvider>
      </HydrationBoundary>
    </QueryClientProvider>
  );
}
