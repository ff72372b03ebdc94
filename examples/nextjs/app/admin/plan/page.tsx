// A page with one hook and no component of the library: what an app pays for `useSynodicUser` alone.
import { redirect } from 'next/navigation';
import { serverConfig } from '@/lib/serverConfig';
import { sessionRole } from '@/lib/session';
import { PlanSummary } from './PlanSummary';

export default async function PlanPage() {
  if (!(await sessionRole())) redirect('/sign-in');
  return (
    <main>
      <h1>Plan</h1>
      <PlanSummary username={serverConfig().synodicOwner} />
    </main>
  );
}
