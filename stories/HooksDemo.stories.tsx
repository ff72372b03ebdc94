import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { hankoFixtures, hankoHandlers, synodicFixtures, synodicHandlers } from '../src/msw';
import { useHankoMetadata } from '../src/react/useHankoMetadata';
import { useSynodicUser } from '../src/react/useSynodicUser';

/** The hooks alone, with no component of the library: what an app building its own UI gets. */
function HooksDemo({ username, userId }: { username: string; userId: string }) {
  const synodic = useSynodicUser(username);
  const hanko = useHankoMetadata(userId);
  return (
    <dl>
      <dt>useSynodicUser</dt>
      <dd data-testid="synodic">
        {synodic.status === 'success' ? `${synodic.data.repositories.length} repositories` : synodic.status}
        {synodic.error ? `: ${synodic.error.message}` : null}
      </dd>
      <dt>useHankoMetadata</dt>
      <dd data-testid="hanko">
        {hanko.status === 'success' ? `role ${String(hanko.data?.public_metadata?.role ?? 'none')}` : hanko.status}
        {hanko.error ? `: ${hanko.error.message}` : null}
      </dd>
    </dl>
  );
}

const meta = {
  title: 'Hooks/useSynodicUser and useHankoMetadata',
  component: HooksDemo,
  args: { username: synodicFixtures.username, userId: hankoFixtures.userId },
} satisfies Meta<typeof HooksDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Success: Story = {
  parameters: { msw: [synodicHandlers.user(), hankoHandlers.metadata()] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('3 repositories')).toBeVisible();
    await expect(await canvas.findByText('role admin')).toBeVisible();
  },
};

export const Errors: Story = {
  parameters: { msw: [synodicHandlers.notFound(), hankoHandlers.status(403)] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(/User not found \(HTTP 404\)/)).toBeVisible();
    await expect(await canvas.findByText(/Forbidden \(HTTP 403\)/)).toBeVisible();
  },
};
