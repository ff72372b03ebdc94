'use client';
// Stands in for `react-user-metadata` when the check measures what the library adds to a page: the
// same exports the example uses, doing the least that keeps the page working, with TanStack Query's
// hooks still used, so the difference between the two builds is the library's own code and valibot.
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';

export function UserMetadataProvider({ children }: { children?: ReactNode }) {
  return children;
}

export function useSynodicUser(username: string) {
  return useQuery({ queryKey: ['stub', username], queryFn: () => ({ plan: 'stub', repositories: [] as string[] }) });
}

export function isSynodicOwnerView(_user: unknown): boolean {
  return false;
}

function StubCard({ username, id }: { username?: string; userId?: string; id?: string }) {
  const { data } = useSynodicUser(username ?? '');
  return <section id={id}>{data?.plan}</section>;
}

export const SynodicProfileCard = StubCard;
export const SynodicUsagePanel = StubCard;
export const HankoMetadataInspector = StubCard;
