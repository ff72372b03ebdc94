import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHankoClient } from '../../src/core/createHankoClient';
import { HankoMetadataEditor } from '../../src/editor';
import { createHankoMetadataStore, hankoEditableHandlers } from '../../src/msw';
import { server } from '../mswServer';
import { renderWithProviders } from './renderWithProviders';
import { editingPartsModule } from '../../src/components/metadataEditor/editingPartsModule';

const HANKO = 'https://tenant.hanko.io/admin';
const USER = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const URL = `${HANKO}/users/:id/metadata`;
const hankoClient = createHankoClient({ baseUrl: HANKO });
const noRetry = { retry: false } as const;

/** The editable mocks over a store holding one user; returns the store and the methods of every request. */
function mockHanko() {
  const store = createHankoMetadataStore({
    [USER]: { public_metadata: { role: 'member' }, unsafe_metadata: { theme: 'dark' } },
  });
  const requests: string[] = [];
  server.events.on('request:start', ({ request }) => requests.push(request.method));
  server.use(...hankoEditableHandlers({ baseUrl: HANKO, store }));
  return { store, requests };
}

const row = (treeName: string, name: RegExp) =>
  within(screen.getByRole('tree', { name: treeName })).getByRole('treeitem', { name });

/** Loads the editor and changes public_metadata.role to `admin` in the draft. */
async function renderAndEditRole() {
  const user = userEvent.setup();
  const view = renderWithProviders(<HankoMetadataEditor userId={USER} query={noRetry} className="mine" />, {
    hankoClient,
  });
  await screen.findByRole('tree', { name: 'Public metadata' });
  row('Public metadata', /^role/).focus();
  await user.keyboard('{F2}');
  const value = screen.getByRole('textbox', { name: 'Value' });
  await user.clear(value);
  await user.type(value, 'admin{Enter}');
  return { user, ...view };
}

// These tests are about editing: the editing parts are loaded, as a page's are once the editor got focus
// or a pointer. Edits asked for while they load, and a failed load, are editingPartsLoad.test.tsx's.
beforeAll(async () => {
  await editingPartsModule.load();
});

describe('HankoMetadataEditor', () => {
  it('shows a loading frame, then the editor on the user’s metadata', async () => {
    mockHanko();
    const { container } = renderWithProviders(<HankoMetadataEditor userId={USER} query={noRetry} className="mine" />, {
      hankoClient,
    });
    expect(container.firstElementChild).toHaveAttribute('data-state', 'loading');
    expect(screen.getByRole('status')).toHaveTextContent('Loading metadata…');
    expect(await screen.findByRole('treeitem', { name: /^role: "member"/ })).toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute('data-state', 'success');
    expect(container.firstElementChild).toHaveClass('rum-root', 'mine');
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('saves the edit as a merge patch, and shows what Hanko stored as the new state', async () => {
    const { store, requests } = mockHanko();
    const { user } = await renderAndEditRole();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(store.get(USER)?.public_metadata).toEqual({ role: 'admin' }));
    expect(store.get(USER)?.unsafe_metadata).toEqual({ theme: 'dark' });
    expect(requests).toEqual(['GET', 'PATCH']);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled());
    expect(row('Public metadata', /^role/)).toHaveAccessibleName(/^role: "admin"/);
    expect(row('Public metadata', /^role/)).not.toHaveAttribute('data-change');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the conflict view when another admin saved between load and save, and sends nothing over theirs', async () => {
    const { store } = mockHanko();
    const { user } = await renderAndEditRole();
    // The fingerprint covers the categories the patch touches: the other admin changed the same one.
    store.patch(USER, { public_metadata: { team: 'ops' } });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const conflict = await screen.findByRole('alert', { name: /Someone else changed/ });
    expect(within(conflict).getByRole('heading', { name: 'Their changes' }).nextSibling).toHaveTextContent(
      'public_metadata.team',
    );
    expect(store.get(USER)?.public_metadata).toEqual({ role: 'member', team: 'ops' });
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Keep both and review' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(store.get(USER)?.public_metadata).toEqual({ role: 'admin', team: 'ops' }),
    );
  });

  it('shows Hanko’s over-limit message on the category it names, the draft kept', async () => {
    mockHanko();
    server.use(
      http.patch(URL, () =>
        HttpResponse.json(
          { code: 400, message: 'metadata limit exceeded: public metadata must not exceed 3000 characters' },
          { status: 400 },
        ),
      ),
    );
    const { user } = await renderAndEditRole();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const section = (await screen.findByRole('heading', { name: 'Public metadata' })).closest('section') as HTMLElement;
    expect(await within(section).findByText(/public metadata must not exceed 3000 characters/)).toBeInTheDocument();
    const unsafe = screen.getByRole('heading', { name: 'Unsafe metadata' }).closest('section') as HTMLElement;
    expect(unsafe).not.toHaveTextContent('3000 characters');
    expect(row('Public metadata', /^role/)).toHaveAttribute('data-change', 'changed');
  });

  it('shows any other failure near Save with its message, the draft kept for another try', async () => {
    const { store } = mockHanko();
    server.use(http.patch(URL, () => HttpResponse.error(), { once: true }));
    const { user } = await renderAndEditRole();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Couldn’t save');
    expect(row('Public metadata', /^role/)).toHaveAttribute('data-change', 'changed');
    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(row('Public metadata', /^role/)).toHaveAccessibleName(/^role: "admin"/);
    // The other try is stored; waiting for it also keeps its PATCH (sent after the save's checks load) out of the next test.
    await waitFor(() => expect(store.get(USER)?.public_metadata).toEqual({ role: 'admin' }));
  });

  it('shows the invalid-id state without a request', async () => {
    const { requests } = mockHanko();
    const { container } = renderWithProviders(<HankoMetadataEditor userId="not-a-uuid" />, { hankoClient });
    expect(container.firstElementChild).toHaveAttribute('data-state', 'invalid');
    expect(screen.getByRole('alert')).toHaveTextContent('That isn’t a valid user id');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(requests).toEqual([]);
  });
});
