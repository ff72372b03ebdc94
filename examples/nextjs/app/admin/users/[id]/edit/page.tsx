// The editor page: the panel's session check and prefetch, then HankoMetadataEditor, which saves through
// the proxy's PATCH route (lib/userMetadataHandler.ts). The editor comes from its own entry,
// `react-user-metadata/editor`, so only this page loads its code, not the panel's read-only pages; its
// stylesheet too, imported here after the layout's styles.css.
import 'react-user-metadata/editor.css';
import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import { redirect } from 'next/navigation';
import { createHankoClient, hankoMetadataQueryOptions, isUuid } from 'react-user-metadata/core';
import { browserHankoClient } from '@/lib/browserClients';
import { getQueryClient } from '@/lib/getQueryClient';
import { prefetchForBrowser } from '@/lib/prefetchForBrowser';
import { serverConfig } from '@/lib/serverConfig';
import { sessionRole } from '@/lib/session';
import { UserMetadataEditor } from './UserMetadataEditor';

interface EditPageProps {
  params: Promise<{ id: string }>;
}

export default async function EditUserMetadataPage({ params }: EditPageProps) {
  // A viewer gets the page too: the proxy, not the page, decides who may save, and refuses them (403).
  if (!(await sessionRole())) redirect('/sign-in');
  const { id } = await params;
  const queryClient = getQueryClient();
  if (isUuid(id)) {
    const hanko = createHankoClient(serverConfig().hanko);
    await prefetchForBrowser(queryClient, hankoMetadataQueryOptions(browserHankoClient, id).queryKey, () =>
      hanko.getUserMetadata(id),
    );
  }

  return (
    <main>
      <nav>
        <a href={`/admin?user=${encodeURIComponent(id)}`}>Back to the user</a>
      </nav>
      <h1>Edit metadata</h1>
      <p>
        Hanko user <code>{id}</code>
      </p>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <UserMetadataEditor userId={id} />
      </HydrationBoundary>
    </main>
  );
}
