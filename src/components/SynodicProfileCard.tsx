'use client';
import { forwardRef } from 'react';
import type { SynodicClient } from '../core/createSynodicClient';
import { type UseSynodicUserParameters, useSynodicUser } from '../react/useSynodicUser';
import { Avatar } from './Avatar';
import { classNames } from './classNames';
import type { ErrorStateLabels } from './ErrorState';
import { defaultProfileCardLabels, ProfileCard, type ProfileCardProps } from './ProfileCard';
import { Skeleton } from './Skeleton';
import { StatusFrame } from './StatusFrame';

export interface SynodicProfileCardProps extends Omit<ProfileCardProps, 'user'> {
  /** Use this client instead of the provider's. */
  client?: SynodicClient;
  /** TanStack Query options, passed through to `useSynodicUser`. */
  query?: UseSynodicUserParameters['query'];
  /** Strings of the error and not-found states. */
  errorLabels?: Partial<ErrorStateLabels>;
}

/**
 * Fetches a Synodic user and shows it as a `ProfileCard`, with loading, error (Retry) and not-found
 * states in the same frame. The root's `data-state` is `loading`, `error`, `not-found` or `success`.
 */
export const SynodicProfileCard = forwardRef<HTMLElement, SynodicProfileCardProps>(function SynodicProfileCard(
  { client, query, errorLabels, ...props },
  ref,
) {
  const { username, locale, labels, repositoryHref, maxRepositories, now, headingLevel, className, ...rest } = props;
  const text = { ...defaultProfileCardLabels, ...labels };
  const Heading = `h${headingLevel ?? 3}` as 'h3';
  return (
    <StatusFrame
      {...rest}
      rootRef={ref}
      className={classNames('rum-root rum-profile-card', className)}
      query={useSynodicUser(username, { client, query })}
      labels={text}
      notFound={text.notFound(username)}
      errorLabels={errorLabels}
      header={
        // The card's own header, so a failed card still says whose profile it is.
        <div className="rum-profile-header">
          <Avatar name={username} alt="" aria-hidden="true" />
          <Heading className="rum-profile-name">{username}</Heading>
        </div>
      }
      skeleton={
        // Same classes as the card, so each placeholder takes the size of what replaces it.
        <>
          <div className="rum-profile-header">
            <Skeleton className="rum-avatar" />
            <div className="rum-profile-identity">
              <Skeleton className="rum-skeleton-text rum-profile-name" />
              <Skeleton className="rum-skeleton-text rum-profile-since" />
            </div>
          </div>
          <div className="rum-profile-repos">
            <Skeleton className="rum-skeleton-text rum-profile-repos-title" />
            <Skeleton className="rum-skeleton-text" />
            <Skeleton className="rum-skeleton-text" />
          </div>
        </>
      }
    >
      {(user, root) => <ProfileCard {...props} {...root} user={user} />}
    </StatusFrame>
  );
});
