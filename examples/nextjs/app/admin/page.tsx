// The admin panel: a Server Component that checks the session, prefetches with the server's keys
// through the /core factories, and hands the cache to the browser with HydrationBoundary.
import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import { redirect } from 'next/navigation';
import { HankoMetadataInspector, SynodicProfileCard, SynodicUsagePanel } from 'react-user-metadata';
import {
  createHankoClient,
  createSynodicClient,
  hankoMetadataQueryOptions,
  isUuid,
  synodicUserQueryOptions,
} from 'react-user-metadata/core';
import { browserHankoClient, browserSynodicClient } from '@/lib/browserClients';
import { getQueryClient } from '@/lib/getQueryClient';
import { prefetchForBrowser } from '@/lib/prefetchForBrowser';
import { serverConfig } from '@/lib/serverConfig';
import { sessionRole } from '@/lib/session';
import { UserPicker } from './UserPicker';

interface AdminPageProps {
  searchParams: Promise<{ user?: string | string[] }>;
}

export default async function AdminPage({ searchParams }: AdminPageProps) {
  if (!(await sessionRole())) redirect('/sign-in');
  const { user } = await searchParams;
  const hankoUserId = typeof user === 'string' ? user.trim() : '';
  const config = serverConfig();
  // With the key, Synodic answers with the owner's plan and usage; without it, public fields only.
  const synodic = createSynodicClient(config.synodic);
  const hanko = createHankoClient(config.hanko);

  const queryClient = getQueryClient();
  await Promise.all([
    prefetchForBrowser(
      queryClient,
      synodicUserQueryOptions(browserSynodicClient, config.synodicOwner).queryKey,
      () => synodic.getUser(config.synodicOwner),
    ),
    isUuid(hankoUserId) &&
      prefetchForBrowser(queryClient, hankoMetadataQueryOptions(browserHankoClient, hankoUserId).queryKey, () =>
        hanko.getUserMetadata(hankoUserId),
      ),
  ]);

  return (
    <main>
      <h1>User metadata</h1>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <SynodicProfileCard id="profile" username={config.synodicOwner} />
        <SynodicUsagePanel id="usage" username={config.synodicOwner} />
        <UserPicker userId={hankoUserId} />
        {hankoUserId && (
          <>
            {/* A plain link: the editor page prefetches on the server, and this page loads none of its code. */}
            <a href={`/admin/users/${encodeURIComponent(hankoUserId)}/edit`}>Edit metadata</a>
            <HankoMetadataInspector id="metadata" userId={hankoUserId} defaultExpandDepth={1} />
          </>
        )}
      </HydrationBoundary>
    </main>
  );
}
