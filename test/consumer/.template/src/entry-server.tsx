// Server rendering, as an app on Next.js or Remix would do it: prefetch with the library's options
// factories, render, dehydrate. Built by `vite build --ssr`, with every package left external, so
// Node loads react-user-metadata from node_modules through its `exports`.
import { type DehydratedState, dehydrate, type QueryClient } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import {
  ErrorState,
  HankoMetadataInspector,
  JsonTree,
  MetadataInspector,
  ProfileCard,
  SynodicProfileCard,
  SynodicUsagePanel,
  UsagePanel,
} from 'react-user-metadata';
import {
  hankoMetadataQueryOptions,
  type SynodicUser,
  synodicKeys,
  synodicUserQueryOptions,
} from 'react-user-metadata/core';
import { hankoFixtures, synodicFixtures } from 'react-user-metadata/msw';
import { App } from './App';
import { createAppHankoClient, createAppQueryClient, synodicClient } from './clients';
import { CACHED_USER, HANKO_USER, OWNER, RETRY_USER } from './config';
import { pureError, pureMetadata, pureUser } from './fixtures';
import { fetchThroughProxy } from './proxy';
import { Root } from './Root';

export { proxy, proxyErrors } from './proxy';
export { upstream } from './upstreamMocks';

/** Hanko on the server: same base URL (so the same query keys) as the browser, answered by the proxy in-process. */
const serverHankoClient = createAppHankoClient(fetchThroughProxy);

/** Fills a cache the two ways an app does: fetching through the options factories, and seeding by key. */
export async function prefetch(): Promise<QueryClient> {
  const queryClient = createAppQueryClient();
  await Promise.all([
    queryClient.query(synodicUserQueryOptions(synodicClient, OWNER)),
    queryClient.query(hankoMetadataQueryOptions(serverHankoClient, HANKO_USER)),
  ]);
  const cached: SynodicUser = synodicFixtures.publicUser;
  queryClient.setQueryData(synodicUserQueryOptions(synodicClient, CACHED_USER).queryKey, cached);
  // The keys are prefixes of each other, so one call reaches every Synodic query.
  if (queryClient.getQueryCache().findAll({ queryKey: synodicKeys.all }).length !== 2) {
    throw new Error('expected two Synodic queries in the cache');
  }
  return queryClient;
}

function inRoot(state: DehydratedState, element: ReactElement): ReactElement {
  return (
    <Root
      queryClient={createAppQueryClient()}
      state={state}
      synodicClient={synodicClient}
      hankoClient={serverHankoClient}
    >
      {element}
    </Root>
  );
}

/** The whole page, the dehydrated cache the browser hydrates it with, and what the markup must contain. */
export async function renderPage(): Promise<{ html: string; state: DehydratedState; expected: string[] }> {
  const state = dehydrate(await prefetch());
  const html = renderToString(inRoot(state, <App />));
  return { html, state, expected: PAGE_EXPECTED };
}

/** Data from the prefetched cache, as the hooks' `select` shaped it. */
const PAGE_EXPECTED = [
  `data-testid="repository-count">${synodicFixtures.ownerUser.repositories.length}</dd>`,
  `data-testid="hanko-role">${String(hankoFixtures.publicMetadata.role)}</dd>`,
];

/** One component rendered alone, and what its markup must contain. */
export interface ComponentCase {
  name: string;
  html: string;
  /** Substrings the markup must contain (root classes, state, data from the fixtures). */
  expected: string[];
}

/** Each component alone with renderToString: pure ones from fixtures, connected ones from the cache. */
export async function renderComponents(): Promise<ComponentCase[]> {
  const state = dehydrate(await prefetch());
  const repository = pureUser.repositories[0] ?? '';
  const cases: Array<Omit<ComponentCase, 'html'> & { element: ReactElement }> = [
    {
      name: 'ProfileCard',
      element: <ProfileCard user={pureUser} username="fixture-user" locale="en-US" />,
      expected: ['class="rum-root rum-profile-card"', '>fixture-user<', repository.slice(repository.indexOf('/') + 1)],
    },
    {
      name: 'UsagePanel',
      element: <UsagePanel user={pureUser} limits={{ models_trained: 1_000 }} locale="en-US" />,
      expected: ['class="rum-root rum-usage-panel"', 'data-figure="models_trained"', 'role="progressbar"'],
    },
    {
      name: 'ErrorState',
      element: <ErrorState error={pureError} onRetry={() => undefined} />,
      expected: [
        'class="rum-root rum-error"',
        'data-kind="http"',
        'role="alert"',
        pureError.message,
        '>Retry</button>',
      ],
    },
    {
      name: 'JsonTree',
      element: <JsonTree value={pureMetadata.public_metadata ?? {}} label="Public metadata" />,
      expected: ['class="rum-root rum-json-tree"', 'role="tree"', 'role="treeitem"', '>team<'],
    },
    {
      name: 'MetadataInspector',
      element: <MetadataInspector metadata={pureMetadata} />,
      expected: ['class="rum-root rum-metadata-inspector"', 'data-state="success"', 'data-category="unsafe_metadata"'],
    },
    {
      name: 'SynodicProfileCard',
      element: <SynodicProfileCard username={OWNER} />,
      expected: ['class="rum-root rum-profile-card"', 'data-state="success"', `>${OWNER}<`],
    },
    {
      name: 'SynodicProfileCard-seeded-by-key',
      element: <SynodicProfileCard username={CACHED_USER} />,
      expected: ['data-state="success"', `>${CACHED_USER}<`],
    },
    {
      name: 'SynodicProfileCard-not-prefetched',
      element: <SynodicProfileCard username={RETRY_USER} />,
      expected: ['class="rum-root rum-profile-card"', 'data-state="loading"', 'aria-busy="true"'],
    },
    {
      name: 'SynodicUsagePanel',
      element: <SynodicUsagePanel username={OWNER} limits={{ autotrain_units: 200 }} />,
      expected: ['class="rum-root rum-usage-panel"', 'data-state="success"', 'data-figure="autotrain_units"'],
    },
    {
      name: 'HankoMetadataInspector',
      element: <HankoMetadataInspector userId={HANKO_USER} />,
      expected: ['class="rum-root rum-metadata-inspector"', 'data-state="success"', '>role<'],
    },
  ];
  return cases.map(({ name, element, expected }) => ({ name, expected, html: renderToString(inRoot(state, element)) }));
}
