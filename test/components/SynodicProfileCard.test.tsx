import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { SynodicProfileCard } from '../../src/components/SynodicProfileCard';
import { createSynodicClient } from '../../src/core/createSynodicClient';
import { server } from '../mswServer';
import { renderWithProviders } from './renderWithProviders';
import { NOW, publicUser, SYNODIC_USER_URL } from './synodicFixtures';
import { failThenHold } from './failThenHold';

const noRetry = { retry: false } as const;

describe('SynodicProfileCard', () => {
  it('shows a busy skeleton in the card frame while loading, then the card', async () => {
    server.use(http.get(SYNODIC_USER_URL, () => HttpResponse.json(publicUser)));
    const { container } = renderWithProviders(
      <SynodicProfileCard username="jane-doe" now={NOW} query={noRetry} className="mine" />,
    );
    const root = container.firstElementChild;
    expect(root).toHaveAttribute('data-state', 'loading');
    expect(root).toHaveAttribute('aria-busy', 'true');
    expect(root).toHaveClass('rum-root', 'rum-profile-card', 'mine');
    expect(screen.getByRole('status')).toHaveTextContent('Loading profile…');
    expect(root?.querySelectorAll('.rum-skeleton').length).toBeGreaterThan(0);

    const card = await screen.findByRole('article', { name: 'jane-doe' });
    expect(card).toHaveAttribute('data-state', 'success');
    expect(card).toHaveClass('mine');
    expect(card).not.toHaveAttribute('aria-busy');
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('asks for the username it was given', async () => {
    const asked: string[] = [];
    server.use(
      http.get(SYNODIC_USER_URL, ({ params }) => {
        asked.push(String(params.user));
        return HttpResponse.json(publicUser);
      }),
    );
    renderWithProviders(<SynodicProfileCard username="jane doe" query={noRetry} />);
    await screen.findByRole('article');
    expect(asked).toEqual(['jane doe']);
  });

  it('shows the error with a Retry button that refetches', async () => {
    const user = userEvent.setup();
    const answers = failThenHold(
      SYNODIC_USER_URL,
      () => HttpResponse.json({ message: 'boom' }, { status: 500 }),
      () => HttpResponse.json(publicUser),
    );
    const { container } = renderWithProviders(<SynodicProfileCard username="jane-doe" query={noRetry} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Couldn’t load this profile');
    expect(alert).toHaveTextContent('HTTP 500');
    expect(container.firstElementChild).toHaveAttribute('data-state', 'error');

    await user.click(screen.getByRole('button', { name: 'Retry' }));
    const busy = await screen.findByRole('button', { name: 'Retrying…' });
    expect(busy).toHaveAttribute('aria-disabled', 'true');
    expect(busy).toHaveAttribute('aria-busy', 'true');
    expect(busy).toHaveFocus();
    expect(container.firstElementChild).toHaveAttribute('data-state', 'error');

    answers.release();
    expect(await screen.findByRole('article', { name: 'jane-doe' })).toBeInTheDocument();
    expect(answers.calls).toBe(2);
    // The Retry button is gone: its focus went to the card's heading, not to <body>.
    expect(screen.getByRole('heading', { name: 'jane-doe' })).toHaveFocus();
  });

  it('leaves focus where it is when the error state did not hold it', async () => {
    let calls = 0;
    server.use(
      http.get(SYNODIC_USER_URL, () => {
        calls += 1;
        return calls === 1 ? new HttpResponse(null, { status: 500 }) : HttpResponse.json(publicUser);
      }),
    );
    const { queryClient } = renderWithProviders(
      <>
        <button type="button">elsewhere</button>
        <SynodicProfileCard username="jane-doe" query={noRetry} />
      </>,
    );
    await screen.findByRole('alert');
    const elsewhere = screen.getByRole('button', { name: 'elsewhere' });
    elsewhere.focus();
    await queryClient.refetchQueries();
    expect(await screen.findByRole('article', { name: 'jane-doe' })).toBeInTheDocument();
    expect(elsewhere).toHaveFocus();
    expect(screen.getByRole('heading', { name: 'jane-doe' })).not.toHaveAttribute('tabindex');
  });

  it('shows the new error, with Retry usable again, when a retry fails too', async () => {
    const user = userEvent.setup();
    let calls = 0;
    server.use(
      http.get(SYNODIC_USER_URL, () => {
        calls += 1;
        return new HttpResponse('<h1>Bad gateway</h1>', { status: calls === 1 ? 500 : 502 });
      }),
    );
    renderWithProviders(<SynodicProfileCard username="jane-doe" query={noRetry} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('HTTP 500');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('HTTP 502'));
    const button = screen.getByRole('button', { name: 'Retry' });
    expect(button).not.toHaveAttribute('aria-disabled');
    expect(button).toHaveFocus();
    expect(calls).toBe(2);
  });

  it.each([
    ['a 404', () => new HttpResponse(null, { status: 404 })],
    ['the legacy 200 {"error":"User not found"}', () => HttpResponse.json({ error: 'User not found' })],
  ])('shows its own not-found state for %s, without Retry', async (_, answer) => {
    server.use(http.get(SYNODIC_USER_URL, answer));
    const { container } = renderWithProviders(<SynodicProfileCard username="ghost" query={noRetry} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not found');
    expect(alert).toHaveTextContent('There is no Synodic user named “ghost”.');
    expect(container.firstElementChild).toHaveAttribute('data-state', 'not-found');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('takes loading, not-found and error strings from labels and errorLabels', async () => {
    server.use(http.get(SYNODIC_USER_URL, () => new HttpResponse(null, { status: 404 })));
    renderWithProviders(
      <SynodicProfileCard
        username="ghost"
        query={noRetry}
        labels={{ loading: 'Profil wird geladen…', notFound: (name) => `Kein Nutzer „${name}“.` }}
        errorLabels={{ notFoundTitle: 'Nicht gefunden' }}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Profil wird geladen…');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Nicht gefunden');
    expect(alert).toHaveTextContent('Kein Nutzer „ghost“.');
  });

  it('uses the client passed as a prop over the provider’s', async () => {
    server.use(http.get('https://proxy.example/synodic/:user', () => HttpResponse.json(publicUser)));
    renderWithProviders(
      <SynodicProfileCard
        username="jane-doe"
        client={createSynodicClient({ baseUrl: 'https://proxy.example/synodic' })}
        query={noRetry}
      />,
    );
    expect(await screen.findByRole('article', { name: 'jane-doe' })).toBeInTheDocument();
  });

  it('keeps showing the user when a background refetch fails', async () => {
    let calls = 0;
    server.use(
      http.get(SYNODIC_USER_URL, () => {
        calls += 1;
        return calls === 1 ? HttpResponse.json(publicUser) : new HttpResponse(null, { status: 500 });
      }),
    );
    const { queryClient } = renderWithProviders(<SynodicProfileCard username="jane-doe" query={noRetry} />);
    await screen.findByRole('article');
    await queryClient.refetchQueries();
    await waitFor(() => expect(calls).toBe(2));
    expect(screen.getByRole('article', { name: 'jane-doe' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
