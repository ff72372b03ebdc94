'use client';
import { forwardRef, type HTMLAttributes, useId } from 'react';
import type { SynodicUser } from '../core/SynodicUser';
import { Avatar } from './Avatar';
import { classNames } from './classNames';
import { formatDate } from './formatDate';
import { formatRelativeTime } from './formatRelativeTime';
import { useFormatSettings } from './formatSettings';
import { ProfileRepositories } from './profileCard/ProfileRepositories';

/** Every visible (and screen-reader) string of `ProfileCard` and `SynodicProfileCard`. */
export interface ProfileCardLabels {
  avatar: (username: string) => string;
  memberSince: string;
  /** Shown for a `created_at` too far out to be a date. */
  unknownDate: string;
  repositories: string;
  noRepositories: string;
  /** The button past `maxRepositories`; `formatted` is `count` in the locale's digits. */
  showAll: (count: number, formatted: string) => string;
  showFewer: string;
  /** First line of `SynodicProfileCard`'s error state, in plain language. */
  loadFailed: string;
  /** Announced while `SynodicProfileCard` loads. */
  loading: string;
  /** Body of `SynodicProfileCard`'s not-found state. */
  notFound: (username: string) => string;
}

export const defaultProfileCardLabels: ProfileCardLabels = {
  avatar: (username) => `Avatar of ${username}`,
  memberSince: 'Member since',
  unknownDate: 'unknown',
  repositories: 'Repositories',
  noRepositories: 'No repositories yet.',
  showAll: (_count, formatted) => `Show all ${formatted}`,
  showFewer: 'Show fewer',
  loadFailed: 'Couldn’t load this profile',
  loading: 'Loading profile…',
  notFound: (username) => `There is no Synodic user named “${username}”.`,
};

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export interface ProfileCardProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  user: SynodicUser;
  /** The name the user was fetched by: the API returns no name, so it is shown and gives the initials. */
  username: string;
  /** BCP 47 tag for dates and numbers; defaults to the viewer's (after hydration; `en-US` on the server). */
  locale?: string;
  labels?: Partial<ProfileCardLabels>;
  /**
   * Link target for a repository (`"owner/name"`), or `undefined` for plain text. Only absolute
   * http(s) URLs and app paths starting with a single `/` become links; anything else is dropped.
   * Encode the parts yourself (`encodeURIComponent`): names come from the API.
   */
  repositoryHref?: (repository: string) => string | undefined;
  /** Repositories listed before "Show all"; default 8. */
  maxRepositories?: number;
  /**
   * The time "member since" is relative to; default the viewer's clock, read only after hydration. The
   * relative time is shown next to the date for accounts younger than a year (`3 days ago`); for older
   * ones the date says it all, and the relative time is the date's tooltip.
   */
  now?: Date;
  /** Level of the username heading; the repositories heading is one below. Default 3. */
  headingLevel?: HeadingLevel;
  className?: string;
}

/** A Synodic user's avatar, name, membership age and repositories, from data you already have. */
export const ProfileCard = forwardRef<HTMLElement, ProfileCardProps>(function ProfileCard(
  { user, username, locale, labels, repositoryHref, maxRepositories = 8, now, headingLevel = 3, className, ...rest },
  ref,
) {
  const text = { ...defaultProfileCardLabels, ...labels };
  const id = useId();
  const format = useFormatSettings(locale);
  const Heading = `h${headingLevel}` as 'h3';

  const created = new Date(user.created_at * 1000);
  const date = formatDate(created, format.locale, format.timeZone);
  // Without `now`, the clock is read only after hydration, so server and client markup agree.
  const reference = now ?? (format.hydrated ? new Date() : undefined);
  const relative = date && reference && formatRelativeTime(created, reference, format.locale);
  const recent = reference !== undefined && reference.getTime() - created.getTime() < YEAR_MS;

  return (
    <article
      aria-labelledby={`${id}n`}
      {...rest}
      ref={ref}
      className={classNames('rum-root rum-profile-card', className)}
    >
      <div className="rum-profile-header">
        <Avatar src={user.photo_url} name={username} alt={text.avatar(username)} />
        <div className="rum-profile-identity">
          <Heading id={`${id}n`} className="rum-profile-name">
            {username}
          </Heading>
          <p className="rum-profile-since">
            {text.memberSince}{' '}
            {date ? (
              <time dateTime={created.toISOString()} title={relative || undefined}>
                {date}
              </time>
            ) : (
              text.unknownDate
            )}
            {relative && recent && <span className="rum-profile-relative"> · {relative}</span>}
          </p>
        </div>
      </div>
      <ProfileRepositories
        repositories={user.repositories}
        labels={text}
        locale={format.locale}
        repositoryHref={repositoryHref}
        maxRepositories={maxRepositories}
        headingLevel={Math.min(headingLevel + 1, 6) as HeadingLevel}
      />
    </article>
  );
});
