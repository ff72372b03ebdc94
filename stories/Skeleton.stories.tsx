import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { Skeleton } from '../src/components/Skeleton';

/** The placeholder the connected components show while loading; hidden from assistive technology. */
const meta = {
  title: 'Components/Skeleton',
  component: Skeleton,
  tags: ['autodocs'],
  args: { className: 'rum-skeleton-text', style: { display: 'block', width: '16rem' } },
} satisfies Meta<typeof Skeleton>;

export default meta;
type Story = StoryObj<typeof meta>;

export const TextLine: Story = {
  play: async ({ canvasElement }) => {
    const skeleton = canvasElement.querySelector('.rum-skeleton');
    await expect(skeleton).toHaveAttribute('aria-hidden', 'true');
    await expect(skeleton?.getBoundingClientRect().height).toBeGreaterThan(0);
  },
};

export const Block: Story = {
  args: { className: undefined, style: { display: 'block', width: '48px', height: '48px', borderRadius: '50%' } },
};
