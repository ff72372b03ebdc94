import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { HankoMetadataInspector } from '../../src/components/HankoMetadataInspector';
import { createHankoClient } from '../../src/core/createHankoClient';
import { hankoMetadataQueryOptions } from '../../src/core/hankoMetadataQueryOptions';
import type { StandardSchemaV1 } from '../../src/core/StandardSchema';
import { server } from '../mswServer';
import { renderWithProviders } from './renderWithProviders';
import { failThenHold } from './failThenHold';

const HANKO = 'https://tenant.hanko.io/admin';
const USER = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const URL = `${HANKO}/users/:id/metadata`;
const noRetry = { retry: false } as const;
const hankoClient = createHankoClient({ baseUrl: HANKO });
const metadata = { public_metadata: { role: 'admin' }, private_metadata: { secret: 'cus_42' } };

function answer(respond: () => Response) {
  const asked: string[] = [];
  server.use(
    http.get(URL, ({ params }) => {
      asked.push(String(params.id));
      return respond();
    }),
  );
  return asked;
}

describe('HankoMetadataInspector', () => {
  it('says "Hidden by your access" for a category the proxy withheld, also when nothing else is left (204)', async () => {
    const withheld = { 'x-user-metadata-withheld': 'private_metadata' };
    answer(() => HttpResponse.json({ public_metadata: { role: 'support' } }, { headers: withheld }));
    renderWithProviders(<HankoMetadataInspector userId={USER} query={noRetry} />, { hankoClient });
    const privateSection = (await screen.findByRole('heading', { name: 'Private metadata' })).closest('section');
    expect(privateSection).toHaveAttribute('data-state', 'withheld');
    expect(within(privateSection as HTMLElement).getByText('Hidden by your access')).toBeInTheDocument();
    expect(screen.queryByText('No private metadata')).toBeNull();
  });

  it('shows the three sections, not "no metadata", for a 204 with a category withheld', async () => {
    answer(() => new HttpResponse(null, { status: 204, headers: { 'x-user-metadata-withheld': 'private_metadata' } }));
    renderWithProviders(<HankoMetadataInspector userId={USER} query={noRetry} />, { hankoClient });
    expect(await screen.findByText('Hidden by your access')).toBeInTheDocument();
    expect(screen.getByText('No public metadata')).toBeInTheDocument();
    expect(screen.queryByText('This user has no metadata')).toBeNull();
  });

  it('shows a busy skeleton with the sections of the final layout, then the metadata', async () => {
    const asked = answer(() => HttpResponse.json(metadata));
    const { container } = renderWithProviders(
      <HankoMetadataInspector userId={USER} query={noRetry} className="mine" />,
      { hankoClient },
    );
    const root = container.firstElementChild;
    expect(root).toHaveAttribute('data-state', 'loading');
    expect(root).toHaveAttribute('aria-busy', 'true');
    expect(root).toHaveClass('rum-root', 'rum-metadata-inspector', 'mine');
    expect(screen.getByRole('status')).toHaveTextContent('Loading metadata…');
    expect(root?.querySelectorAll('section')).toHaveLength(3);
    expect(root?.querySelectorAll('.rum-skeleton').length).toBe(6);

    expect(await screen.findByRole('treeitem', { name: 'role: "admin"' })).toBeInTheDocument();
    const loaded = container.firstElementChild;
    expect(loaded).toHaveAttribute('data-state', 'success');
    expect(loaded).not.toHaveAttribute('aria-busy');
    expect(loaded).toHaveClass('mine');
    expect(asked).toEqual([USER]);
    // The pure component's masking applies.
    expect(document.body.textContent).not.toContain('cus_42');
  });

  it('shows the "no metadata" state for a 204', async () => {
    answer(() => new HttpResponse(null, { status: 204 }));
    const { container } = renderWithProviders(<HankoMetadataInspector userId={USER} query={noRetry} />, {
      hankoClient,
    });
    expect(await screen.findByText('This user has no metadata yet')).toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute('data-state', 'success');
    expect(container.firstElementChild).toHaveAttribute('data-empty', '');
  });

  it('shows the error with a Retry button that refetches, keeping error and focus until the answer comes', async () => {
    const user = userEvent.setup();
    const answers = failThenHold(
      URL,
      () => HttpResponse.json({ code: 500, message: 'could not fetch metadata' }, { status: 500 }),
      () => HttpResponse.json(metadata),
    );
    const { container } = renderWithProviders(<HankoMetadataInspector userId={USER} query={noRetry} />, {
      hankoClient,
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Couldn’t load metadata');
    expect(container.firstElementChild).toHaveAttribute('data-state', 'error');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    // No skeleton in between: the error stays, and the busy button keeps the focus.
    const busy = await screen.findByRole('button', { name: 'Retrying…' });
    expect(busy).toHaveAttribute('aria-disabled', 'true');
    expect(busy).toHaveAttribute('aria-busy', 'true');
    expect(busy).toHaveFocus();
    expect(container.firstElementChild).toHaveAttribute('data-state', 'error');
    expect(screen.getByRole('alert')).toHaveTextContent('could not fetch metadata');

    answers.release();
    expect(await screen.findByRole('treeitem', { name: 'role: "admin"' })).toBeInTheDocument();
    expect(answers.calls).toBe(2);
    // The Retry button is gone: its focus went to the first section's heading, not to <body>.
    expect(screen.getByRole('heading', { name: 'Public metadata' })).toHaveFocus();
  });

  it('shows the new error, with Retry usable and focused again, when a retry fails too', async () => {
    const user = userEvent.setup();
    let calls = 0;
    server.use(
      http.get(URL, async () => {
        calls += 1;
        // Slow enough for the retry to render its busy state first.
        if (calls > 1) await new Promise((resolve) => setTimeout(resolve, 50));
        return HttpResponse.json({ code: 500, message: `failure ${calls}` }, { status: 500 });
      }),
    );
    renderWithProviders(<HankoMetadataInspector userId={USER} query={noRetry} />, { hankoClient });
    expect(await screen.findByRole('alert')).toHaveTextContent('failure 1');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('button', { name: 'Retrying…' })).toHaveFocus();
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('failure 2'));
    const button = screen.getByRole('button', { name: 'Retry' });
    expect(button).not.toHaveAttribute('aria-disabled');
    expect(button).toHaveFocus();
  });

  it('shows a not-found state without Retry for a 404', async () => {
    answer(() => HttpResponse.json({ code: 404, message: 'user not found' }, { status: 404 }));
    const { container } = renderWithProviders(<HankoMetadataInspector userId={USER} query={noRetry} />, {
      hankoClient,
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not found');
    expect(alert).toHaveTextContent('There is no Hanko user with this id.');
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    expect(container.firstElementChild).toHaveAttribute('data-state', 'not-found');
  });

  it('explains an id that is not a UUID, without sending any request', async () => {
    const asked = answer(() => HttpResponse.json(metadata));
    const { container } = renderWithProviders(<HankoMetadataInspector userId="../admin" query={noRetry} />, {
      hankoClient,
    });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'That isn’t a valid user idA Hanko user id must be a UUID, like 3f2504e0-4f89-41d3-9a0c-0305e82c3301.',
    );
    expect(container.firstElementChild).toHaveAttribute('data-state', 'invalid');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(asked).toEqual([]);
  });

  it('shows a schema mismatch as an error', async () => {
    answer(() => HttpResponse.json(metadata));
    const strict: StandardSchemaV1<unknown, { role: 'owner' }> = {
      '~standard': {
        version: 1,
        vendor: 'test',
        validate: (value) =>
          (value as { role?: unknown }).role === 'owner'
            ? { value: value as { role: 'owner' } }
            : { issues: [{ message: 'role must be owner', path: ['role'] }] },
      },
    };
    renderWithProviders(
      <HankoMetadataInspector userId={USER} query={noRetry} schemas={{ public_metadata: strict }} />,
      { hankoClient },
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('public_metadata.role');
  });

  it('uses the client it is given over the provider', async () => {
    const asked: string[] = [];
    server.use(
      http.get('https://other.example/admin/users/:id/metadata', ({ params }) => {
        asked.push(String(params.id));
        return HttpResponse.json(metadata);
      }),
    );
    renderWithProviders(
      <HankoMetadataInspector
        userId={USER}
        query={noRetry}
        client={createHankoClient({ baseUrl: 'https://other.example/admin' })}
      />,
      { hankoClient },
    );
    await screen.findByRole('treeitem', { name: 'role: "admin"' });
    expect(asked).toEqual([USER]);
  });

  it('passes labels, headings and HTML props through, and forwards its ref in every state', async () => {
    answer(() => HttpResponse.json(metadata));
    const ref = createRef<HTMLDivElement>();
    renderWithProviders(
      <HankoMetadataInspector
        ref={ref}
        userId={USER}
        query={noRetry}
        data-testid="root"
        headingLevel={4}
        labels={{ loading: 'Lädt…', title: (category) => category }}
      />,
      { hankoClient },
    );
    expect(screen.getByRole('status')).toHaveTextContent('Lädt…');
    expect(ref.current).toBe(screen.getByTestId('root'));
    await screen.findByRole('heading', { level: 4, name: 'public_metadata' });
    expect(ref.current).toBe(screen.getByTestId('root'));
    expect(within(screen.getByTestId('root')).getByRole('tree', { name: 'public_metadata' })).toBeInTheDocument();
  });

  it('comes masked for another user, even one already in the cache', async () => {
    const user = userEvent.setup();
    const OTHER = '9b2d5f7e-1c3a-4e8b-9f00-aa11bb22cc33';
    answer(() => HttpResponse.json(metadata));
    server.use(
      http.get(`${HANKO}/users/${OTHER}/metadata`, () =>
        HttpResponse.json({ private_metadata: { secret: 'OTHER_SECRET' } }),
      ),
    );
    const { rerender, queryClient } = renderWithProviders(<HankoMetadataInspector userId={USER} query={noRetry} />, {
      hankoClient,
    });
    await queryClient.prefetchQuery(hankoMetadataQueryOptions(hankoClient, OTHER));
    await user.click(await screen.findByRole('button', { name: 'Reveal private metadata' }));
    expect(document.body.textContent).toContain('cus_42');
    rerender(<HankoMetadataInspector userId={OTHER} query={noRetry} />);
    expect(await screen.findByRole('button', { name: 'Reveal private metadata' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Hide private metadata' })).toBeNull();
    expect(document.body.innerHTML).not.toContain('OTHER_SECRET');
  });

  it('keeps showing loaded metadata when a later refetch fails', async () => {
    let calls = 0;
    server.use(
      http.get(URL, () => {
        calls += 1;
        return calls === 1 ? HttpResponse.json(metadata) : HttpResponse.json({ code: 500 }, { status: 500 });
      }),
    );
    const { queryClient } = renderWithProviders(<HankoMetadataInspector userId={USER} query={noRetry} />, {
      hankoClient,
    });
    await screen.findByRole('treeitem', { name: 'role: "admin"' });
    await queryClient.refetchQueries();
    await waitFor(() => expect(calls).toBe(2));
    expect(screen.getByRole('treeitem', { name: 'role: "admin"' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
