'use client';
import { forwardRef } from 'react';
import type { SynodicClient } from '../core/createSynodicClient';
import { type UseSynodicUserParameters, useSynodicUser } from '../react/useSynodicUser';
import { classNames } from './classNames';
import type { ErrorStateLabels } from './ErrorState';
import { Skeleton } from './Skeleton';
import { StatusFrame } from './StatusFrame';
import { defaultUsagePanelLabels, USAGE_FIGURES, UsagePanel, type UsagePanelProps } from './UsagePanel';

export interface SynodicUsagePanelProps extends Omit<UsagePanelProps, 'user'> {
  /** The user whose usage to show. Usage comes back only with that user's own API key on the client. */
  username: string;
  /** Use this client instead of the provider's. */
  client?: SynodicClient;
  /** TanStack Query options, passed through to `useSynodicUser`. */
  query?: UseSynodicUserParameters['query'];
  /** Strings of the error and not-found states. */
  errorLabels?: Partial<ErrorStateLabels>;
}

/**
 * Fetches a Synodic user and shows its usage as a `UsagePanel`, with loading, error (Retry) and
 * not-found states in the same frame. The root's `data-state` is `loading`, `error`, `not-found` or `success`.
 */
export const SynodicUsagePanel = forwardRef<HTMLElement, SynodicUsagePanelProps>(function SynodicUsagePanel(
  { username, client, query, errorLabels, ...props },
  ref,
) {
  const { locale, labels, limits, nearLimitRatio, headingLevel, className, ...rest } = props;
  const text = { ...defaultUsagePanelLabels, ...labels };
  const Heading = `h${headingLevel ?? 3}` as 'h3';
  return (
    <StatusFrame
      {...rest}
      rootRef={ref}
      className={classNames('rum-root rum-usage-panel', className)}
      query={useSynodicUser(username, { client, query })}
      labels={text}
      notFound={text.notFound(username)}
      errorLabels={errorLabels}
      header={
        <div className="rum-usage-header">
          <Heading className="rum-usage-title">{text.title}</Heading>
        </div>
      }
      skeleton={
        // Same classes as the panel, so each placeholder takes the size of what replaces it.
        <>
          <div className="rum-usage-header">
            <Skeleton className="rum-skeleton-text rum-usage-title" />
          </div>
          <Skeleton className="rum-skeleton-text rum-usage-payment" />
          <div className="rum-usage-figures">
            {USAGE_FIGURES.map((figure) => (
              <div key={figure} className="rum-usage-figure">
                <Skeleton className="rum-skeleton-text" />
                <Skeleton className="rum-skeleton-text rum-usage-value" />
              </div>
            ))}
          </div>
        </>
      }
    >
      {(user, root) => <UsagePanel {...props} {...root} user={user} />}
    </StatusFrame>
  );
});
