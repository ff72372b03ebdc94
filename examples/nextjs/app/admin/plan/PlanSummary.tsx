'use client';

import { isSynodicOwnerView, useSynodicUser } from 'react-user-metadata';

export function PlanSummary({ username }: { username: string }) {
  const { data, error, isPending } = useSynodicUser(username);
  if (isPending) return <p>Loading…</p>;
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <p data-testid="plan">
      {username}: {isSynodicOwnerView(data) ? `plan ${data.plan}` : 'plan visible to the owner only'},{' '}
      {data.repositories.length} repositories
    </p>
  );
}
