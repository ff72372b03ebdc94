import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { SynodicUsagePanel } from '../src/components/SynodicUsagePanel';
import { sequence, synodicFixtures, synodicHandlers } from '../src/msw';

const { username } = synodicFixtures;

/** Usage comes back only for the owner's own API key; the mocks stand in for either answer. */
const meta = {
  title: 'Components/SynodicUsagePanel',
  component: SynodicUsagePanel,
  tags: ['autodocs'],
  args: {
    username,
    locale: 'en-US',
    limits: { inference_frames: 50_000, autotrain_units: 1000 },
    style: { maxWidth: '36rem' },
  },
  parameters: { msw: [synodicHandlers.user()] },
} satisfies Meta<typeof SynodicUsagePanel>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Success: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const frames = await canvas.findByRole('progressbar', { name: 'Inference frames' });
    await expect(frames.closest('[data-figure]')).toHaveAttribute('data-state', 'near');
    await expect(canvasElement.querySelector('[data-state="success"]')).toHaveAttribute('data-view', 'owner');
  },
};

export const Loading: Story = {
  parameters: { msw: [synodicHandlers.user({ delay: 'infinite' })] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Loading usage…');
    await expect(canvasElement.querySelector('[data-state="loading"]')).toHaveAttribute('aria-busy', 'true');
  },
};

/** Without the owner's key Synodic sends no usage: the panel says it is owner-only. */
export const OtherUserView: Story = {
  parameters: { msw: [synodicHandlers.user({ view: 'public' })] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Usage is visible only to the account owner.')).toBeVisible();
    await expect(canvas.queryByRole('progressbar')).toBeNull();
  },
};

export const NotFound: Story = {
  args: { username: 'no-such-user' },
  parameters: { msw: [synodicHandlers.notFound()] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert')).toHaveTextContent('There is no Synodic user named “no-such-user”.');
    await expect(canvas.queryByRole('button', { name: 'Retry' })).toBeNull();
  },
};

export const ServerError: Story = {
  parameters: { msw: [synodicHandlers.serverError()] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Couldn’t load usage');
    await expect(alert).toHaveTextContent('(HTTP 500)');
    // The panel keeps its title above the error.
    await expect(canvas.getByRole('heading', { name: 'Usage' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Retry' })).toBeVisible();
  },
};

export const NetworkError: Story = {
  parameters: { msw: [synodicHandlers.networkError()] },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent('Could not reach Synodic');
  },
};

export const HtmlErrorPage: Story = {
  parameters: { msw: [synodicHandlers.htmlError()] },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent('HTML page instead of JSON');
  },
};

/** The network is down on the first try; Retry brings the panel. */
export const Retry: Story = {
  parameters: { msw: [sequence(synodicHandlers.networkError(), synodicHandlers.user())] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('alert');
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    // The header (and its heading) stays through the error; the loaded component replaces the alert.
    await waitFor(() => expect(canvas.queryByRole('alert')).toBeNull());
    await expect(canvasElement.querySelector('[data-state="success"]')).not.toBeNull();
    await expect(canvas.getByRole('heading', { name: 'Usage' })).toBeVisible();
    // The button is gone; its focus went to the panel's heading rather than to <body>.
    await expect(canvas.getByRole('heading', { name: 'Usage' })).toHaveFocus();
  },
};
