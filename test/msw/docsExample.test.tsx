// The example of docs/msw.md, run as written there, with import paths pointing into this repository and
// the repository's global msw server (test/setup.ts) standing in for the app's own. Keep the two in step.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SynodicProfileCard } from '../../src/components/SynodicProfileCard';
import { createHankoClient } from '../../src/core/createHankoClient';
import { createSynodicClient } from '../../src/core/createSynodicClient';
import { hankoFixtures, hankoHandlers, sequence, synodicFixtures, synodicHandlers } from '../../src/msw';
import { UserMetadataProvider } from '../../src/react/UserMetadataProvider';
import { useHankoMetadata } from '../../src/react/useHankoMetadata';
import { server } from '../mswServer';

// --- the app's component (docs/msw.md: src/UserAdminPanel.tsx) ---
function UserAdminPanel({ username, hankoUserId }: { username: string; hankoUserId: string }) {
  const metadata = useHankoMetadata(hankoUserId);
  const role = metadata.data?.public_metadata?.role;
  return (
    <section>
      <SynodicProfileCard username={username} />
      <p>{metadata.isPending ? 'Loading role…' : `Role: ${typeof role === 'string' ? role : 'none'}`}</p>
    </section>
  );
}

// --- the app's test (docs/msw.md: src/UserAdminPanel.test.tsx) ---
// jsdom runs on Node's fetch, which cannot resolve a relative URL: give the proxy route an origin in tests.
const HANKO_PROXY = 'http://localhost/api/hanko';

function renderPanel() {
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <UserMetadataProvider
        synodicClient={createSynodicClient()}
        hankoClient={createHankoClient({ baseUrl: HANKO_PROXY })}
      >
        <UserAdminPanel username={synodicFixtures.username} hankoUserId={hankoFixtures.userId} />
      </UserMetadataProvider>
    </QueryClientProvider>,
  );
}

describe('UserAdminPanel (the docs/msw.md example)', () => {
  it('shows the Synodic profile and the Hanko role', async () => {
    server.use(synodicHandlers.user(), hankoHandlers.metadata({ baseUrl: HANKO_PROXY }));
    renderPanel();
    expect(await screen.findByRole('heading', { name: 'ada-lovelace' })).toBeInTheDocument();
    expect(await screen.findByText('Role: admin')).toBeInTheDocument();
  });

  it('says "none" for a user without metadata (204)', async () => {
    server.use(synodicHandlers.user(), hankoHandlers.empty({ baseUrl: HANKO_PROXY }));
    renderPanel();
    expect(await screen.findByText('Role: none')).toBeInTheDocument();
  });

  it('shows the error, and the profile once the user clicks Retry', async () => {
    server.use(
      // A login page instead of JSON, then the real answer. (An HTML page is not retried automatically;
      // a 5xx or a network error would be, twice, before the error shows.)
      sequence(synodicHandlers.htmlError(), synodicHandlers.user()),
      hankoHandlers.metadata({ baseUrl: HANKO_PROXY }),
    );
    renderPanel();
    expect(await screen.findByRole('alert')).toHaveTextContent('HTML page instead of JSON');
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: 'ada-lovelace' })).toBeInTheDocument();
  });
});
