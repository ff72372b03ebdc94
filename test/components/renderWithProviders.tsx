import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type RenderOptions, type RenderResult, render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import type { HankoClient } from '../../src/core/createHankoClient';
import { createSynodicClient, type SynodicClient } from '../../src/core/createSynodicClient';
import { UserMetadataProvider } from '../../src/react/UserMetadataProvider';

export interface ProvidersOptions {
  /** Defaults to an anonymous client for https://api.synodic.ai/v0 (mock it with msw). */
  synodicClient?: SynodicClient;
  hankoClient?: HankoClient;
  /** Defaults to a fresh client per render, so no test sees another's cache. */
  queryClient?: QueryClient;
}

export interface RenderWithProvidersResult extends RenderResult {
  queryClient: QueryClient;
}

/** A QueryClient for tests: a fresh cache, and no garbage-collection timers left running after a test. */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { gcTime: Number.POSITIVE_INFINITY } } });
}

interface ProvidersProps {
  queryClient: QueryClient;
  synodicClient: SynodicClient;
  hankoClient: HankoClient | undefined;
  children: ReactNode;
}

function Providers({ queryClient, synodicClient, hankoClient, children }: ProvidersProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <UserMetadataProvider synodicClient={synodicClient} hankoClient={hankoClient}>
        {children}
      </UserMetadataProvider>
    </QueryClientProvider>
  );
}

/** Renders `ui` inside a fresh QueryClientProvider and a UserMetadataProvider; `rerender` keeps both. */
export function renderWithProviders(
  ui: ReactElement,
  {
    synodicClient = createSynodicClient(),
    hankoClient,
    queryClient = createTestQueryClient(),
    ...options
  }: ProvidersOptions & Omit<RenderOptions, 'wrapper'> = {},
): RenderWithProvidersResult {
  const wrap = (node: ReactElement) => (
    <Providers queryClient={queryClient} synodicClient={synodicClient} hankoClient={hankoClient}>
      {node}
    </Providers>
  );
  const result = render(wrap(ui), options);
  return { ...result, rerender: (next) => result.rerender(wrap(next as ReactElement)), queryClient };
}
