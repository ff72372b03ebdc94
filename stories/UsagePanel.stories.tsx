import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { UsagePanel } from '../src/components/UsagePanel';
import { synodicFixtures } from '../src/msw';

const meta = {
  title: 'Components/UsagePanel',
  component: UsagePanel,
  tags: ['autodocs'],
  args: { user: synodicFixtures.ownerUser, locale: 'en-US', style: { maxWidth: '36rem' } },
} satisfies Meta<typeof UsagePanel>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Synodic's own example figures, no limits: plain numbers, no bars. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Usage' })).toBeVisible();
    await expect(canvas.getByText('Pay as you go')).toBeVisible();
    await expect(canvas.getByText('Payment details on file')).toBeVisible();
    await expect(canvas.getByText('495')).toBeVisible();
    await expect(canvas.queryByRole('progressbar')).toBeNull();
  },
};

/** Millions and billions are shown compact; screen readers get the exact figure. */
export const HugeNumbers: Story = {
  args: { user: synodicFixtures.heavyUser },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('4.5B')).toHaveAttribute('title', '4,503,599,627');
    await expect(canvas.getByText('4,503,599,627')).toHaveClass('rum-sr');
    await expect(canvas.getByText('Enterprise')).toBeVisible();
  },
};

/** A new account without a payment method: the warning state. */
export const NoPaymentDetails: Story = {
  args: { user: synodicFixtures.newUser },
  play: async ({ canvasElement }) => {
    const warning = within(canvasElement).getByText('No payment details on file');
    await expect(warning).toHaveAttribute('data-state', 'missing');
  },
};

/** With the app's limits every figure gets a progress bar; all well below. */
export const WithLimits: Story = {
  args: { limits: { autotrain_units: 1000, autolabel_images: 5000, inference_frames: 500_000, models_trained: 10 } },
  play: async ({ canvasElement }) => {
    const bars = within(canvasElement).getAllByRole('progressbar');
    await expect(bars).toHaveLength(4);
    const frames = within(canvasElement).getByRole('progressbar', { name: 'Inference frames' });
    await expect(frames).toHaveAttribute('aria-valuetext', '45,903 of 500,000 inference frames');
    await expect(frames.closest('[data-figure]')).toHaveAttribute('data-state', 'ok');
  },
};

/** 45,903 of 50,000 frames is past the 80 % mark: `near`. */
export const NearLimit: Story = {
  args: { limits: { inference_frames: 50_000, autotrain_units: 1000 } },
  play: async ({ canvasElement }) => {
    const frames = within(canvasElement).getByRole('progressbar', { name: 'Inference frames' });
    await expect(frames).toHaveAttribute('aria-valuenow', '45903');
    const figure = frames.closest('[data-figure]');
    await expect(figure).toHaveAttribute('data-state', 'near');
    // In words too, not colour alone.
    await expect(figure).toHaveTextContent('91% of limit');
  },
};

/** 150 autotrain units of 100: `over`, the bar full, the real figure kept in the value text. */
export const OverLimit: Story = {
  args: { limits: { autotrain_units: 100, models_trained: 2 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const units = canvas.getByRole('progressbar', { name: 'Autotrain units' });
    await expect(units).toHaveAttribute('aria-valuenow', '100');
    await expect(units).toHaveAttribute('aria-valuetext', '150 of 100 autotrain units');
    await expect(units.closest('[data-figure]')).toHaveAttribute('data-state', 'over');
    await expect(units.closest('[data-figure]')).toHaveTextContent('Over by 50');
    // Reaching the limit exactly counts as over.
    const models = canvas.getByRole('progressbar', { name: 'Models trained' });
    await expect(models.closest('[data-figure]')).toHaveAttribute('data-state', 'over');
    await expect(models.closest('[data-figure]')).toHaveTextContent('100% of limit');
  },
};

/** Another user's profile has no usage fields: say so instead of showing zeros. */
export const OtherUserView: Story = {
  args: { user: synodicFixtures.publicUser },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Usage is visible only to the account owner.')).toBeVisible();
    await expect(canvas.queryByText('0')).toBeNull();
  },
};

/** Numbers through Intl and every string through `labels`: one language throughout. */
export const GermanLocale: Story = {
  args: {
    user: synodicFixtures.heavyUser,
    locale: 'de-DE',
    limits: { autolabel_images: 100_000_000 },
    labels: {
      title: 'Nutzung',
      plan: 'Tarif',
      planName: () => 'Enterprise',
      paymentOnFile: 'Zahlungsdaten hinterlegt',
      paymentMissing: 'Keine Zahlungsdaten hinterlegt',
      autotrain_units: 'Autotrain-Einheiten',
      autolabel_images: 'Autolabel-Bilder',
      inference_frames: 'Inferenz-Frames',
      models_trained: 'Trainierte Modelle',
      limit: (limit: string) => `von ${limit}`,
      percentOfLimit: (percent: string) => `${percent} des Limits`,
      overBy: (excess: string) => `${excess} über dem Limit`,
      valueText: (value: string, limit: string, figure: string) => `${value} von ${limit} ${figure}`,
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const images = canvas.getByRole('progressbar', { name: 'Autolabel-Bilder' });
    await expect(images).toHaveAttribute('aria-valuetext', '98.765.432 von 100.000.000 Autolabel-Bilder');
    await expect(canvas.getByText('von 100 Mio.')).toBeVisible();
    await expect(canvas.getByText('98 % des Limits')).toBeVisible();
    await expect(canvasElement).not.toHaveTextContent(/\bof\b/);
  },
};
