// @vitest-environment node
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ErrorState } from '../../src/components/ErrorState';
import { ProfileCard } from '../../src/components/ProfileCard';
import { SynodicProfileCard } from '../../src/components/SynodicProfileCard';
import { SynodicUsagePanel } from '../../src/components/SynodicUsagePanel';
import { UsagePanel } from '../../src/components/UsagePanel';
import { ApiError } from '../../src/core/ApiError';
import { createSynodicClient } from '../../src/core/createSynodicClient';
import { synodicUserQueryOptions } from '../../src/core/synodicUserQueryOptions';
import { UserMetadataProvider } from '../../src/react/UserMetadataProvider';
import { NOW, ownerUser, publicUser } from './synodicFixtures';

const client = createSynodicClient();

function renderOnServer(ui: ReactElement, queryClient = new QueryClient()): string {
  return renderToString(
    <QueryClientProvider client={queryClient}>
      <UserMetadataProvider synodicClient={client}>{ui}</UserMetadataProvider>
    </QueryClientProvider>,
  );
}

describe('server rendering of the Synodic components', () => {
  it('runs where there is no window or document', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('renders ProfileCard with the relative time taken from `now`', () => {
    const html = renderOnServer(<ProfileCard user={publicUser} username="jane-doe" locale="en-US" now={NOW} />);
    expect(html).toContain('<time dateTime="2021-03-04T00:00:00.000Z" title="3 years ago">Mar 4, 2021</time>');
    expect(html).toContain('3 years ago');
    expect(html).toContain('src="https://synodic-photos.s3.amazonaws.com/jane.png"');
    expect(html).toContain('referrerPolicy="no-referrer"');
  });

  it('renders ProfileCard without `now` or `locale` in en-US and UTC, leaving the relative time to the client', () => {
    // 23:30 UTC on March 3rd is March 4th east of UTC: the server must not guess the viewer's zone.
    const html = renderOnServer(<ProfileCard user={{ ...publicUser, created_at: 1_614_814_200 }} username="jane" />);
    expect(html).toContain('Mar 3, 2021');
    expect(html).not.toMatch(/ago|years/);
  });

  it('renders UsagePanel with its progress bars', () => {
    const html = renderOnServer(<UsagePanel user={ownerUser} limits={{ inference_frames: 50_000 }} />);
    expect(html).toContain('role="progressbar"');
    expect(html).toContain('aria-valuetext="45,903 of 50,000 inference frames"');
    expect(html).toContain('45.9K');
  });

  it('renders the connected components as skeletons when nothing is cached', () => {
    const card = renderOnServer(<SynodicProfileCard username="jane-doe" />);
    const panel = renderOnServer(<SynodicUsagePanel username="jane-doe" />);
    for (const html of [card, panel]) {
      expect(html).toContain('data-state="loading"');
      expect(html).toContain('aria-busy="true"');
      expect(html).toContain('rum-skeleton');
    }
  });

  it('renders the connected components from a cache prefetched on the server', () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(synodicUserQueryOptions(client, 'jane-doe').queryKey, ownerUser);
    const card = renderOnServer(<SynodicProfileCard username="jane-doe" now={NOW} />, queryClient);
    const panel = renderOnServer(<SynodicUsagePanel username="jane-doe" />, queryClient);
    expect(card).toContain('data-state="success"');
    expect(card).toContain('traffic-cams</span></li>');
    expect(panel).toContain('data-state="success"');
    expect(panel).toContain('Pay as you go');
  });

  it('renders ErrorState', () => {
    const error = new ApiError({ kind: 'network', service: 'synodic', message: 'Synodic could not be reached.' });
    const html = renderToString(<ErrorState error={error} onRetry={() => {}} />);
    expect(html).toContain('role="alert"');
    expect(html).toContain('Synodic could not be reached.');
    expect(html).toContain('Retry');
  });
});
