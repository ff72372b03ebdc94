import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ErrorState } from '../src/components/ErrorState';
import { ApiError } from '../src/core/ApiError';

const serverError = new ApiError({
  kind: 'http',
  service: 'hanko',
  status: 500,
  serverMessage: 'could not fetch metadata',
  serverCode: 500,
  body: '{"code":500,"message":"could not fetch metadata"}',
  message: 'Hanko: could not fetch metadata (HTTP 500).',
});

/** The failure state every connected component shows, in the `ApiError`'s own words. */
const meta = {
  title: 'Components/ErrorState',
  component: ErrorState,
  tags: ['autodocs'],
  args: { error: serverError, onRetry: fn(), style: { maxWidth: '28rem' } },
} satisfies Meta<typeof ErrorState>;

export default meta;
type Story = StoryObj<typeof meta>;

export const WithRetry: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('alert')).toHaveTextContent('Hanko: could not fetch metadata (HTTP 500).');
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

/** While retrying the button stays focusable but does nothing, and says so. */
export const Retrying: Story = {
  args: { retrying: true },
  play: async ({ args, canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Retrying…' });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(button);
    await expect(args.onRetry).not.toHaveBeenCalled();
  },
};

export const WithoutRetry: Story = {
  args: { onRetry: undefined },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('button')).toBeNull();
  },
};

export const NotFound: Story = {
  args: {
    onRetry: undefined,
    error: new ApiError({
      kind: 'http',
      service: 'hanko',
      status: 404,
      serverMessage: 'user not found',
      serverCode: 404,
      body: '{"code":404,"message":"user not found"}',
      message: 'Hanko: user not found (HTTP 404).',
    }),
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent('Not found');
  },
};

export const NetworkError: Story = {
  args: {
    error: new ApiError({
      kind: 'network',
      service: 'synodic',
      message: 'Could not reach Synodic. Check the network connection and try again.',
    }),
  },
};

/** Every string can be replaced, here in German. */
export const CustomLabels: Story = {
  args: {
    labels: {
      title: 'Etwas ist schiefgelaufen',
      retry: 'Erneut versuchen',
      message: () => 'Die Metadaten konnten nicht geladen werden.',
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('alert')).toHaveTextContent('Die Metadaten konnten nicht geladen werden.');
    await expect(canvas.getByRole('button', { name: 'Erneut versuchen' })).toBeVisible();
  },
};
