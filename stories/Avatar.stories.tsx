import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { Avatar } from '../src/components/Avatar';
import { synodicFixtures, synodicHandlers } from '../src/msw';

/** A photo over initials: the initials show until the photo loads, and stay if it is missing or broken. */
const meta = {
  title: 'Components/Avatar',
  component: Avatar,
  tags: ['autodocs'],
  args: { src: synodicFixtures.demoPhotoUrl, name: 'ada-lovelace', alt: 'Avatar of ada-lovelace' },
} satisfies Meta<typeof Avatar>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Photo: Story = {
  play: async ({ canvasElement }) => {
    const avatar = within(canvasElement).getByRole('img', { name: 'Avatar of ada-lovelace' });
    await waitFor(() => expect(avatar).toHaveAttribute('data-state', 'success'));
  },
};

export const NoPhoto: Story = {
  args: { src: null },
  play: async ({ canvasElement }) => {
    const avatar = within(canvasElement).getByRole('img', { name: 'Avatar of ada-lovelace' });
    await expect(avatar).toHaveAttribute('data-state', 'none');
    await expect(avatar).toHaveTextContent('AL');
  },
};

export const BrokenPhoto: Story = {
  args: { src: synodicFixtures.s3PhotoUrl },
  parameters: { msw: [synodicHandlers.photoNotFound()] },
  play: async ({ canvasElement }) => {
    const avatar = within(canvasElement).getByRole('img', { name: 'Avatar of ada-lovelace' });
    await waitFor(() => expect(avatar).toHaveAttribute('data-state', 'error'));
    await expect(avatar).toHaveTextContent('AL');
  },
};

/** Initials of names in any script, one letter each even outside the Basic Multilingual Plane. */
export const NonLatinName: Story = {
  args: { src: undefined, name: 'émilie-𝒳avier', alt: 'Avatar of émilie-𝒳avier' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img')).toHaveTextContent('É𝒳');
  },
};
