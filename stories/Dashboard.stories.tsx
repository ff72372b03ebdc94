import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { HankoMetadataInspector } from '../src/components/HankoMetadataInspector';
import { SynodicProfileCard } from '../src/components/SynodicProfileCard';
import { SynodicUsagePanel } from '../src/components/SynodicUsagePanel';
import { hankoFixtures, hankoHandlers, synodicFixtures, synodicHandlers } from '../src/msw';

// A fixed "now" keeps "Member since" the same in every run and screenshot.
const NOW = new Date('2026-01-15T12:00:00Z');
const OTHER_USER = 'grace-hopper';

/** What an admin page built from the three connected components looks like, on the MSW mocks. */
function Dashboard() {
  return (
    // Two columns side by side when there is room for both, stacked otherwise.
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem', alignItems: 'flex-start', maxWidth: '72rem' }}>
      <div style={{ display: 'grid', gap: '1rem', flex: '1 1 20rem', minWidth: 0 }}>
        <SynodicProfileCard username={synodicFixtures.username} now={NOW} locale="en-US" headingLevel={2} />
        <SynodicProfileCard username={OTHER_USER} now={NOW} locale="en-US" headingLevel={2} />
      </div>
      <div style={{ display: 'grid', gap: '1rem', flex: '999 1 30rem', minWidth: 0 }}>
        <SynodicUsagePanel
          username={synodicFixtures.username}
          locale="en-US"
          headingLevel={2}
          limits={{ autotrain_units: 1000, autolabel_images: 5000, inference_frames: 50_000, models_trained: 10 }}
        />
        <HankoMetadataInspector userId={hankoFixtures.userId} height={260} headingLevel={2} />
      </div>
    </div>
  );
}

const meta = {
  title: 'Overview/Dashboard',
  component: Dashboard,
  parameters: {
    msw: [
      synodicHandlers.user({ username: synodicFixtures.username }),
      synodicHandlers.user({ username: OTHER_USER, view: 'public' }),
      hankoHandlers.metadata(),
    ],
  },
} satisfies Meta<typeof Dashboard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The owner's profile and usage, another user's profile, and the owner's Hanko metadata. */
export const Overview: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: synodicFixtures.username })).toBeVisible();
    await expect(await canvas.findByRole('heading', { name: OTHER_USER })).toBeVisible();
    await expect(await canvas.findByRole('progressbar', { name: 'Inference frames' })).toBeVisible();
    await expect(await canvas.findByRole('heading', { name: 'Public metadata' })).toBeVisible();
  },
};
