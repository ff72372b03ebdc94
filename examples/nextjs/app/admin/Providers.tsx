'use client';

import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { UserMetadataProvider } from 'react-user-metadata';
import { browserHankoClient, browserSynodicClient } from '@/lib/browserClients';
import { getQueryClient } from '@/lib/getQueryClient';

/** The query cache and the library's clients, for the admin routes only (see app/admin/layout.tsx). */
export function Providers({ children }: { children: ReactNode }) {
  const queryClient = getQueryClient();
  return (
    <QueryClientProvider client={queryClient}>
      <UserMetadataProvider synodicClient={browserSynodicClient} hankoClient={browserHankoClient}>
        {children}
      </UserMetadataProvider>
    </QueryClientProvider>
  );
}
