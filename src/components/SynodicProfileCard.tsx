'use client';
import { forwardRef, type Ref } from 'react';
import type { SynodicClient } from '../core/createSynodicClient';
import type { UseSynodicUserParameters } from '../react/useSynodicUser';
import { ErrorState, type ErrorStateLabels } from './ErrorState';
import { defaultProfileCardLabels, ProfileCard, type ProfileCardProps } from './ProfileCard';
import { Skeleton } from './Skeleton';
import { useSynodicUserState } from './useSynodicUserState';

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
  const { state, retry } = useSynodicUserState(props.username, client, query);
  const { username, locale, labels, repositoryHref, maxRepositories, now, headingLevel, className, ...rest } = props;
  const frame = `rum-root rum-profile-card${className ? ` ${className}` : ''}`;
  switch (state.status) {
    case 'success':
      return <ProfileCard data-state="success" {...props} ref={ref} user={state.user} />;
    case 'loading':
      return (
        <div {...rest} data-state="loading" aria-busy="true" ref={ref as Ref<HTMLDivElement>} className={frame}>
          <span role="status" className="rum-sr">
            {labels?.loading ?? defaultProfileCardLabels.loading}
          </span>
          {/* Same classes as the card, so each placeholder takes the size of what replaces it. */}
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
        </div>
      );
    case 'not-found':
    case 'error': {
      const notFound = state.status === 'not-found';
      const message = (labels?.notFound ?? defaultProfileCardLabels.notFound)(username);
      return (
        <div {...rest} data-state={state.status} ref={ref as Ref<HTMLDivElement>} className={frame}>
          <ErrorState
            error={state.error}
            labels={notFound ? { message: () => message, ...errorLabels } : errorLabels}
            onRetry={notFound ? undefined : retry}
            retrying={state.status === 'error' && state.retrying}
          />
        </div>
      );
    }
    default:
      return state satisfies never;
  }
});
