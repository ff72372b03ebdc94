import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProfileCard } from '../../src/components/ProfileCard';
import { UsagePanel } from '../../src/components/UsagePanel';
import { ownerUser, publicUser } from './synodicFixtures';

let root: Root | undefined;
afterEach(() => {
  vi.useRealTimers();
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
});

/**
 * Server-renders `ui`, hydrates it (`later` ms after, by the clock), and returns the errors React
 * recovered from: mismatches between server and client markup.
 */
async function serverRenderAndHydrate(ui: ReactElement, later = 0): Promise<unknown[]> {
  const wrap = (node: ReactElement) => <QueryClientProvider client={new QueryClient()}>{node}</QueryClientProvider>;
  const container = document.createElement('div');
  container.innerHTML = renderToString(wrap(ui));
  document.body.append(container);
  if (later) vi.setSystemTime(Date.now() + later);
  const errors: unknown[] = [];
  await act(async () => {
    root = hydrateRoot(container, wrap(ui), {
      onRecoverableError: (error) => errors.push(error),
    });
  });
  return errors;
}

describe('hydration of the Synodic components', () => {
  it('hydrates ProfileCard without a mismatch, then adds the relative time from the viewer’s clock', async () => {
    const created = Math.floor(Date.now() / 1000) - 2 * 86_400;
    const errors = await serverRenderAndHydrate(
      <ProfileCard user={{ ...publicUser, created_at: created }} username="jane" locale="en-US" />,
    );
    expect(errors).toEqual([]);
    expect(screen.getByText(/Member since/)).toHaveTextContent('2 days ago');
  });

  it('does not mismatch when the clock moves on between server render and hydration', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-06-01T12:00:00Z'));
    // 59 seconds old on the server, a minute old by the time the client hydrates.
    const created = Date.parse('2024-06-01T11:59:01Z') / 1000;
    const errors = await serverRenderAndHydrate(
      <ProfileCard user={{ ...publicUser, created_at: created }} username="jane" locale="en-US" />,
      2000,
    );
    expect(errors).toEqual([]);
    expect(screen.getByText(/Member since/)).toHaveTextContent('1 minute ago');
  });

  it('hydrates UsagePanel without a locale without a mismatch', async () => {
    const errors = await serverRenderAndHydrate(<UsagePanel user={ownerUser} limits={{ models_trained: 10 }} />);
    expect(errors).toEqual([]);
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '3');
  });
});
