import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { getInitials } from '../../src/components/Avatar';
import { ProfileCard, type ProfileCardProps } from '../../src/components/ProfileCard';
import type { SynodicUser } from '../../src/core/SynodicUser';
import { NOW, publicUser } from './synodicFixtures';

function renderCard(props: Partial<ProfileCardProps> = {}) {
  return render(<ProfileCard user={publicUser} username="jane-doe" locale="en-US" now={NOW} {...props} />);
}

const repos = (count: number) => Array.from({ length: count }, (_, index) => `owner/repo-${index + 1}`);

describe('ProfileCard', () => {
  it('is an article named by the username heading', () => {
    renderCard();
    const card = screen.getByRole('article', { name: 'jane-doe' });
    expect(within(card).getByRole('heading', { level: 3, name: 'jane-doe' })).toBeInTheDocument();
    expect(card).toHaveClass('rum-root', 'rum-profile-card');
  });

  it('shows the member-since date in a <time>, with the time relative to `now` as its tooltip past a year', () => {
    const { container } = renderCard();
    const time = container.querySelector('time');
    expect(time).toHaveAttribute('dateTime', '2021-03-04T00:00:00.000Z');
    expect(time).toHaveTextContent('Mar 4, 2021');
    expect(time).toHaveAttribute('title', '3 years ago');
    // The date says it: "· 3 years ago" beside it would repeat it.
    expect(screen.getByText(/Member since/).textContent).toBe('Member since Mar 4, 2021');
  });

  it('shows the relative time beside the date for an account younger than a year', () => {
    renderCard({ now: new Date('2021-03-20T00:00:00Z') });
    expect(screen.getByText(/Member since/).textContent).toBe('Member since Mar 4, 2021 · 2 weeks ago');
  });

  it('formats the date and relative time for the locale', () => {
    const { container } = renderCard({ locale: 'de-DE', labels: { memberSince: 'Mitglied seit' } });
    expect(screen.getByText(/Mitglied seit/).textContent).toBe('Mitglied seit 04.03.2021');
    expect(container.querySelector('time')).toHaveAttribute('title', 'vor 3 Jahren');
  });

  it.each(['en_US', 'not a locale', ''])('falls back to the default locale for the malformed tag %j', (locale) => {
    renderCard({ locale });
    expect(screen.getByRole('article', { name: 'jane-doe' })).toBeInTheDocument();
    expect(document.querySelector('time')).toHaveAttribute('dateTime', '2021-03-04T00:00:00.000Z');
  });

  it('says "unknown" instead of crashing on a created_at beyond any date', () => {
    const { container } = renderCard({ user: { ...publicUser, created_at: 1e20 } });
    expect(container.querySelector('time')).toBeNull();
    expect(screen.getByText(/Member since/)).toHaveTextContent('Member since unknown');
  });

  it('lists repositories as owner/name', () => {
    renderCard();
    const list = screen.getByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['jane-doe/traffic-cams', 'acme/warehouse']);
    expect(screen.getByRole('heading', { level: 4 })).toHaveTextContent('Repositories 2');
  });

  it('says so when there are no repositories', () => {
    renderCard({ user: { ...publicUser, repositories: [] } });
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.getByText('No repositories yet.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows repository names with HTML, quotes and ../ as plain text', () => {
    const hostile = ['<img src=x onerror=alert(1)>/x', '"quoted"/\'name\'', '../../etc/passwd'];
    const { container } = renderCard({ user: { ...publicUser, repositories: hostile } });
    const items = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual(hostile);
    expect(container.querySelectorAll('img[onerror], [onerror]')).toHaveLength(0);
  });

  describe('show all', () => {
    it('shows the first maxRepositories behind a "Show all N" toggle', async () => {
      const user = userEvent.setup();
      renderCard({ user: { ...publicUser, repositories: repos(11) } });
      expect(screen.getAllByRole('listitem')).toHaveLength(8);
      const toggle = screen.getByRole('button', { name: 'Show all 11' });
      expect(toggle).toHaveAttribute('aria-expanded', 'false');
      expect(toggle).toHaveAttribute('aria-controls', screen.getByRole('list').id);

      await user.click(toggle);
      expect(screen.getAllByRole('listitem')).toHaveLength(11);
      expect(toggle).toHaveAttribute('aria-expanded', 'true');
      expect(toggle).toHaveAccessibleName('Show fewer');

      await user.click(toggle);
      expect(screen.getAllByRole('listitem')).toHaveLength(8);
    });

    it('works with the keyboard alone', async () => {
      const user = userEvent.setup();
      renderCard({ user: { ...publicUser, repositories: repos(5) }, maxRepositories: 2 });
      await user.tab();
      expect(screen.getByRole('button', { name: 'Show all 5' })).toHaveFocus();
      await user.keyboard('{Enter}');
      expect(screen.getAllByRole('listitem')).toHaveLength(5);
      await user.keyboard(' ');
      expect(screen.getAllByRole('listitem')).toHaveLength(2);
    });

    it('has no toggle when every repository fits', () => {
      renderCard({ user: { ...publicUser, repositories: repos(8) } });
      expect(screen.getAllByRole('listitem')).toHaveLength(8);
      expect(screen.queryByRole('button')).toBeNull();
    });
  });

  describe('repositoryHref', () => {
    it('renders plain text without it', () => {
      renderCard();
      expect(screen.queryByRole('link')).toBeNull();
    });

    it('links each repository to an external URL with rel="noopener noreferrer"', () => {
      renderCard({ repositoryHref: (repo) => `https://synodic.ai/${repo}` });
      const link = screen.getByRole('link', { name: 'jane-doe/traffic-cams' });
      expect(link).toHaveAttribute('href', 'https://synodic.ai/jane-doe/traffic-cams');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    });

    it('links to an app path that starts with one slash, without rel', () => {
      renderCard({ repositoryHref: (repo) => `/repos/${repo}` });
      const link = screen.getByRole('link', { name: 'acme/warehouse' });
      expect(link).toHaveAttribute('href', '/repos/acme/warehouse');
      expect(link).not.toHaveAttribute('rel');
    });

    it.each([
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      '//evil.example/x',
      'vbscript:x',
    ])('never links to %j, showing the name as text', (href) => {
      const { container } = renderCard({ repositoryHref: () => href });
      expect(screen.queryByRole('link')).toBeNull();
      expect(screen.getByText('traffic-cams')).toBeInTheDocument();
      expect(container.innerHTML).not.toMatch(/javascript:|vbscript:|data:|evil/);
    });

    it('leaves a repository unlinked when the function returns undefined for it', () => {
      renderCard({ repositoryHref: (repo) => (repo.startsWith('acme/') ? `/r/${repo}` : undefined) });
      expect(screen.getAllByRole('link')).toHaveLength(1);
      expect(screen.getByRole('link')).toHaveAccessibleName('acme/warehouse');
    });
  });

  describe('avatar', () => {
    it('shows initials and keeps the image transparent until it has loaded', () => {
      const { container } = renderCard();
      const avatar = screen.getByRole('img', { name: 'Avatar of jane-doe' });
      expect(avatar).toHaveAttribute('data-state', 'loading');
      expect(avatar).toHaveTextContent('JD');
      const image = container.querySelector('img');
      expect(image).toHaveAttribute('src', 'https://synodic-photos.s3.amazonaws.com/jane.png');
      expect(image).toHaveAttribute('referrerpolicy', 'no-referrer');
      expect(image).toHaveAttribute('loading', 'lazy');
      expect(image).toHaveAttribute('alt', '');

      fireEvent.load(image as HTMLImageElement);
      expect(avatar).toHaveAttribute('data-state', 'success');
    });

    it('falls back to initials when the image fails to load', () => {
      const { container } = renderCard();
      fireEvent.error(container.querySelector('img') as HTMLImageElement);
      const avatar = screen.getByRole('img', { name: 'Avatar of jane-doe' });
      expect(avatar).toHaveAttribute('data-state', 'error');
      expect(container.querySelector('img')).toBeNull();
      expect(avatar).toHaveTextContent('JD');
    });

    it('starts over when the photo URL changes after a failure', () => {
      const { container, rerender } = renderCard();
      fireEvent.error(container.querySelector('img') as HTMLImageElement);
      rerender(
        <ProfileCard
          user={{ ...publicUser, photo_url: 'https://synodic-photos.s3.amazonaws.com/new.png' }}
          username="jane-doe"
          now={NOW}
        />,
      );
      expect(container.querySelector('img')).toHaveAttribute('src', 'https://synodic-photos.s3.amazonaws.com/new.png');
      expect(screen.getByRole('img', { name: 'Avatar of jane-doe' })).toHaveAttribute('data-state', 'loading');
    });

    it.each([null, undefined])('shows only initials when photo_url is %s', (photo) => {
      const { container } = renderCard({ user: { ...publicUser, photo_url: photo } });
      expect(container.querySelector('img')).toBeNull();
      expect(screen.getByRole('img', { name: 'Avatar of jane-doe' })).toHaveAttribute('data-state', 'none');
    });

    it.each([
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      '\tjavascript:alert(1)',
      'java\nscript:alert(1)',
      'data:image/svg+xml,<svg onload=alert(1)>',
      'vbscript:msgbox(1)',
      '//evil.example/a.png',
      'http://',
      '/relative.png',
    ])('never puts %j in an img src', (photo) => {
      const user: SynodicUser = { ...publicUser, photo_url: photo };
      const { container } = renderCard({ user });
      expect(container.querySelector('img')).toBeNull();
      expect(container.innerHTML).not.toContain(photo.trim());
      expect(screen.getByRole('img', { name: 'Avatar of jane-doe' })).toHaveTextContent('JD');
    });

    it.each([
      ['jane-doe', 'JD'],
      ['jane', 'J'],
      ['jane_van_doe', 'JV'],
      ['élise.martin', 'ÉM'],
      ['𝒜lpha beta', '𝒜B'],
      ['---', '?'],
    ])('takes initials from %j as %j', (name, initials) => {
      expect(getInitials(name)).toBe(initials);
    });
  });

  it('takes every visible string from labels', async () => {
    const user = userEvent.setup();
    renderCard({
      user: { ...publicUser, repositories: repos(3), photo_url: null },
      maxRepositories: 1,
      locale: 'de-DE',
      labels: {
        avatar: (name) => `Profilbild von ${name}`,
        memberSince: 'Dabei seit',
        repositories: 'Projekte',
        showAll: (count) => `Alle ${count} zeigen`,
        showFewer: 'Weniger zeigen',
      },
    });
    expect(screen.getByRole('img', { name: 'Profilbild von jane-doe' })).toBeInTheDocument();
    expect(screen.getByText(/Dabei seit/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 4 })).toHaveTextContent('Projekte 3');
    await user.click(screen.getByRole('button', { name: 'Alle 3 zeigen' }));
    expect(screen.getByRole('button', { name: 'Weniger zeigen' })).toBeInTheDocument();
  });

  it('uses the empty-list label', () => {
    renderCard({ user: { ...publicUser, repositories: [] }, labels: { noRepositories: 'Keine Projekte.' } });
    expect(screen.getByText('Keine Projekte.')).toBeInTheDocument();
  });

  it('takes the heading level from headingLevel', () => {
    renderCard({ headingLevel: 2 });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('jane-doe');
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Repositories');
  });

  it('merges className, spreads HTML props and forwards the ref', () => {
    const ref = createRef<HTMLElement>();
    render(
      <ProfileCard ref={ref} user={publicUser} username="jane" className="mine" data-testid="card" data-theme="dark" />,
    );
    const card = screen.getByTestId('card');
    expect(card).toBe(ref.current);
    expect(card).toHaveClass('rum-root', 'rum-profile-card', 'mine');
    expect(card).toHaveAttribute('data-theme', 'dark');
  });

  it('reads the clock for the relative time when no `now` is given', () => {
    render(
      <ProfileCard user={{ ...publicUser, created_at: Date.now() / 1000 - 3 * 86_400 }} username="x" locale="en-US" />,
    );
    expect(screen.getByText(/Member since/)).toHaveTextContent('3 days ago');
  });
});
