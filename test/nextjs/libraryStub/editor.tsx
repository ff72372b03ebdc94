'use client';
// Stands in for `react-user-metadata/editor` in the measurement builds (see index.tsx): the editor page
// with the library stubbed still reads the user's metadata through TanStack Query, and edits nothing.
import { useQuery } from '@tanstack/react-query';

export function HankoMetadataEditor({ userId, id }: { userId: string; id?: string; headingLevel?: number; onSaved?: () => void }) {
  const { data } = useQuery({ queryKey: ['stub', userId], queryFn: () => ({ userId }) });
  return <section id={id}>{data?.userId}</section>;
}
