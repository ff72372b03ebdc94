import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { SynodicUsagePanel } from '../../src/components/SynodicUsagePanel';
import { createSynodicClient } from '../../src/core/createSynodicClient';
import { server } from '../mswServer';
import { renderWithProviders } from './renderWithProviders';
import { ownerUser, publicUser, SYNODIC_USER_URL } from './synodicFixtures';

const noRetry = { retry: false } as const;

describe('SynodicUsagePanel', () => {
  it('shows a busy skeleton while loading, then the owner’s usage', async () => {
    const keys: (string | null)[] = [];
    server.use(
      http.get(SYNODIC_USER_URL, ({ request }) => {
        keys.push(request.headers.get('x-api-key'));
        return HttpResponse.json(ownerUser);
      }),
    );
    const { container } = renderWithProviders(
      <SynodicUsagePanel username="jane-doe" query={noRetry} limits={{ inference_frames: 50_000 }} locale="en-US" />,
      { synodicClient: createSynodicClient({ apiKey: 'secret-key' }) },
    );
    const root = container.firstElementChild;
    expect(root).toHaveAttribute('data-state', 'loading');
    expect(root).toHaveAttribute('aria-busy', 'true');
    expect(root).toHaveClass('rum-root', 'rum-usage-panel');
    expect(screen.getByRole('status')).toHaveTextContent('Loading usage…');

    const panel = await screen.findByRole('region', { name: 'Usage' });
    expect(panel).toHaveAttribute('data-state', 'success');
    expect(panel).toHaveAttribute('data-view', 'owner');
    expect(screen.getByRole('progressbar', { name: 'Inference frames' })).toHaveAttribute(
      'aria-valuetext',
      '45,903 of 50,000 inference frames',
    );
    expect(keys).toEqual(['secret-key']);
  });

  it('shows the owner-only state for another user’s profile', async () => {
    server.use(http.get(SYNODIC_USER_URL, () => HttpResponse.json(publicUser)));
    renderWithProviders(<SynodicUsagePanel username="someone-else" query={noRetry} />);
    const panel = await screen.findByRole('region', { name: 'Usage' });
    expect(panel).toHaveAttribute('data-view', 'public');
    expect(panel).toHaveTextContent('Usage is visible only to the account owner.');
    expect(screen.queryByRole('term')).toBeNull();
  });

  it('shows the error with a Retry button that refetches', async () => {
    const user = userEvent.setup();
    let calls = 0;
    server.use(
      http.get(SYNODIC_USER_URL, () => {
        calls += 1;
        return calls === 1 ? new HttpResponse(null, { status: 503 }) : HttpResponse.json(ownerUser);
      }),
    );
    const { container } = renderWithProviders(<SynodicUsagePanel username="jane-doe" query={noRetry} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('HTTP 503');
    expect(container.firstElementChild).toHaveAttribute('data-state', 'error');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('region', { name: 'Usage' })).toHaveAttribute('data-view', 'owner');
    expect(calls).toBe(2);
    // The Retry button is gone: its focus went to the panel's heading, not to <body>.
    expect(screen.getByRole('heading', { name: 'Usage' })).toHaveFocus();
  });

  it.each([
    ['a 404', () => new HttpResponse(null, { status: 404 })],
    ['the legacy 200 {"error":"User not found"}', () => HttpResponse.json({ error: 'User not found' })],
  ])('shows its own not-found state for %s', async (_, answer) => {
    server.use(http.get(SYNODIC_USER_URL, answer));
    const { container } = renderWithProviders(
      <SynodicUsagePanel username="ghost" query={noRetry} labels={{ notFound: (name) => `Unbekannt: ${name}` }} />,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not found');
    expect(alert).toHaveTextContent('Unbekannt: ghost');
    expect(container.firstElementChild).toHaveAttribute('data-state', 'not-found');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
