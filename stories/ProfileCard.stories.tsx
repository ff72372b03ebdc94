import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ProfileCard } from '../src/components/ProfileCard';
import { generateRepositories, synodicFixtures, synodicHandlers } from '../src/msw';

// A fixed "now" keeps the relative time ("1 year ago") the same on every run and in every screenshot.
const NOW = new Date('2026-01-15T12:00:00Z');

const meta = {
  title: 'Components/ProfileCard',
  component: ProfileCard,
  tags: ['autodocs'],
  args: {
    user: synodicFixtures.ownerUser,
    username: synodicFixtures.username,
    now: NOW,
    locale: 'en-US',
    style: { maxWidth: '28rem' },
  },
} satisfies Meta<typeof ProfileCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The photo is the same-origin demo avatar, so it loads without internet. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: synodicFixtures.username })).toBeVisible();
    await expect(canvas.getByText('May 28, 2024')).toBeVisible();
    await expect(canvas.getAllByRole('listitem')).toHaveLength(3);
    const avatar = canvas.getByRole('img', { name: `Avatar of ${synodicFixtures.username}` });
    await waitFor(() => expect(avatar).toHaveAttribute('data-state', 'success'));
  },
};

/** Another user's profile: the card shows the same fields, as usage never appears on it. */
export const PublicView: Story = {
  args: { user: synodicFixtures.publicUser },
};

export const LongUsername: Story = {
  args: { username: synodicFixtures.longUsername },
  play: async ({ canvasElement }) => {
    const heading = within(canvasElement).getByRole('heading', { name: synodicFixtures.longUsername });
    // The name wraps or truncates inside the card instead of pushing it wider.
    const card = canvasElement.querySelector('.rum-profile-card');
    await expect(card && card.scrollWidth <= card.clientWidth).toBe(true);
    await expect(heading).toBeVisible();
  },
};

/** 200 repositories: the first 8, then "Show all 200" expands the list in place. */
export const TwoHundredRepositories: Story = {
  args: { user: { ...synodicFixtures.ownerUser, repositories: generateRepositories(200) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('listitem')).toHaveLength(8);
    const toggle = canvas.getByRole('button', { name: 'Show all 200' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    await expect(canvas.getAllByRole('listitem')).toHaveLength(200);
    const fewer = canvas.getByRole('button', { name: 'Show fewer' });
    await expect(fewer).toHaveAttribute('aria-expanded', 'true');
    await expect(fewer).toHaveFocus();
  },
};

export const NoRepositories: Story = {
  args: { user: synodicFixtures.newUser },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('No repositories yet.')).toBeVisible();
  },
};

/** No `photo_url`: initials from the username. */
export const MissingPhoto: Story = {
  args: { user: { ...synodicFixtures.ownerUser, photo_url: null } },
  play: async ({ canvasElement }) => {
    const avatar = within(canvasElement).getByRole('img', { name: `Avatar of ${synodicFixtures.username}` });
    await expect(avatar).toHaveAttribute('data-state', 'none');
    await expect(avatar).toHaveTextContent('AL');
    await expect(avatar.querySelector('img')).toBeNull();
  },
};

/** The S3 photo answers 404 (mocked, so it fails the same way offline): the initials stay. */
export const BrokenPhoto: Story = {
  args: { user: { ...synodicFixtures.ownerUser, photo_url: synodicFixtures.s3PhotoUrl } },
  parameters: { msw: [synodicHandlers.photoNotFound()] },
  play: async ({ canvasElement }) => {
    const avatar = within(canvasElement).getByRole('img', { name: `Avatar of ${synodicFixtures.username}` });
    await waitFor(() => expect(avatar).toHaveAttribute('data-state', 'error'));
    await expect(avatar).toHaveTextContent('AL');
    await expect(avatar.querySelector('img')).toBeNull();
  },
};

/** A `javascript:` photo URL is never rendered. */
export const UnsafePhotoUrl: Story = {
  args: { user: { ...synodicFixtures.ownerUser, photo_url: 'javascript:alert(1)' } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('img')).toBeNull();
  },
};

/** Links only when the app gives `repositoryHref`. */
export const RepositoryLinks: Story = {
  args: {
    repositoryHref: (repository: string) => `/repositories/${repository.split('/').map(encodeURIComponent).join('/')}`,
  },
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole('link', { name: 'example/coffee' });
    await expect(link).toHaveAttribute('href', '/repositories/example/coffee');
  },
};

/** Dates through Intl and every string through `labels`. */
export const GermanLocaleAndLabels: Story = {
  args: {
    locale: 'de-DE',
    labels: {
      avatar: (username: string) => `Profilbild von ${username}`,
      memberSince: 'Mitglied seit',
      repositories: 'Repositorys',
      showAll: (_count: number, formatted: string) => `Alle ${formatted} anzeigen`,
    },
    user: { ...synodicFixtures.ownerUser, repositories: generateRepositories(1200) },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('28.05.2024')).toBeVisible();
    await expect(canvas.getByText('1.200')).toBeVisible();
    // The button's count is in German digits too, like the heading's.
    await expect(canvas.getByRole('button', { name: 'Alle 1.200 anzeigen' })).toBeVisible();
  },
};
