import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { SynodicProfileCard } from '../src/components/SynodicProfileCard';
import { sequence, synodicFixtures, synodicHandlers } from '../src/msw';

const NOW = new Date('2026-01-15T12:00:00Z');
const { username } = synodicFixtures;

/**
 * Fetches the user through the provider's Synodic client; every story answers with the
 * `react-user-metadata/msw` handlers, so nothing reaches the real API.
 */
const meta = {
  title: 'Components/SynodicProfileCard',
  component: SynodicProfileCard,
  tags: ['autodocs'],
  args: { username, now: NOW, locale: 'en-US', style: { maxWidth: '28rem' } },
  parameters: { msw: [synodicHandlers.user()] },
} satisfies Meta<typeof SynodicProfileCard>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Success: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: username })).toBeVisible();
    await expect(canvasElement.querySelector('[data-state="success"]')).not.toBeNull();
    await expect(canvas.getAllByRole('listitem').map((item) => item.textContent)).toEqual(
      synodicFixtures.ownerUser.repositories,
    );
  },
};

/** The request never answers: a skeleton the size of the card, announced to screen readers. */
export const Loading: Story = {
  parameters: { msw: [synodicHandlers.user({ delay: 'infinite' })] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading profile…');
    await expect(canvasElement.querySelector('[data-state="loading"]')).toHaveAttribute('aria-busy', 'true');
  },
};

/** Someone else's profile (no API key of theirs): the card looks the same, usage never shows here. */
export const OtherUserView: Story = {
  parameters: { msw: [synodicHandlers.user({ view: 'public' })] },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('heading', { name: username })).toBeVisible();
  },
};

export const NotFound: Story = {
  args: { username: 'no-such-user' },
  parameters: { msw: [synodicHandlers.notFound()] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Not found');
    await expect(alert).toHaveTextContent('There is no Synodic user named “no-such-user”.');
    // Asking again cannot make a user exist.
    await expect(canvas.queryByRole('button', { name: 'Retry' })).toBeNull();
  },
};

/** Synodic's legacy `{"error":"User not found"}` with a 200 status is still "not found". */
export const NotFoundLegacyBody: Story = {
  args: { username: 'no-such-user' },
  parameters: { msw: [synodicHandlers.notFound({ status: 200 })] },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent('Not found');
  },
};

export const ServerError: Story = {
  parameters: { msw: [synodicHandlers.serverError()] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert');
    // Plain language first, the technical detail second, in the card's own frame under its header.
    await expect(alert).toHaveTextContent('Couldn’t load this profile');
    await expect(alert).toHaveTextContent('Synodic: the server had an error (HTTP 500).');
    await expect(canvas.getByRole('heading', { name: username })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Retry' })).toBeEnabled();
  },
};

export const NetworkError: Story = {
  parameters: { msw: [synodicHandlers.networkError()] },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent('Could not reach Synodic');
  },
};

/** A proxy or login page answered with HTML instead of JSON. */
export const HtmlErrorPage: Story = {
  parameters: { msw: [synodicHandlers.htmlError()] },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent('HTML page instead of JSON');
  },
};

/** The first request fails; Retry asks again, shows "Retrying…" while it waits, then the card. */
export const Retry: Story = {
  parameters: { msw: [sequence(synodicHandlers.serverError(), synodicHandlers.user({ delay: 300 }))] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('alert');
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    // aria-disabled rather than disabled: the button keeps keyboard focus while the retry is under way.
    const busy = await canvas.findByRole('button', { name: 'Retrying…' });
    await expect(busy).toHaveAttribute('aria-disabled', 'true');
    await expect(busy).toHaveFocus();
    // The header (and its heading) stays through the error; the loaded component replaces the alert.
    await waitFor(() => expect(canvas.queryByRole('alert')).toBeNull());
    await expect(canvasElement.querySelector('[data-state="success"]')).not.toBeNull();
    await expect(canvas.getByRole('heading', { name: username })).toBeVisible();
    // The button is gone; its focus went to the card's heading rather than to <body>.
    await expect(canvas.getByRole('heading', { name: username })).toHaveFocus();
  },
};

/**
 * With the library's own retry policy (the other stories switch it off): a 500 is retried after
 * 1 s without the user doing anything, and the card appears.
 */
export const AutomaticRetry: Story = {
  parameters: { libraryRetry: true, msw: [sequence(synodicHandlers.serverError(), synodicHandlers.user())] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: username }, { timeout: 5000 })).toBeVisible();
    await waitFor(() => expect(canvas.queryByRole('alert')).toBeNull());
  },
};
