// @vitest-environment node
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HankoMetadataInspector } from '../../src/components/HankoMetadataInspector';
import { JsonTree } from '../../src/components/JsonTree';
import { MetadataInspector } from '../../src/components/MetadataInspector';
import { createHankoClient } from '../../src/core/createHankoClient';
import { hankoMetadataQueryOptions } from '../../src/core/hankoMetadataQueryOptions';
import { UserMetadataProvider } from '../../src/react/UserMetadataProvider';

const USER = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const metadata = { public_metadata: { role: 'admin', tags: ['a'] }, private_metadata: { secret: 'cus_42' } };

// Any warning (a layout effect on the server, a bad prop) is a failure.
const errors = vi.spyOn(console, 'error');
afterEach(() => {
  expect(errors).not.toHaveBeenCalled();
  errors.mockClear();
});

describe('server rendering (no window, no document)', () => {
  it('has no DOM globals in this environment', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('renders JsonTree rows with their ARIA attributes', () => {
    const html = renderToString(<JsonTree label="Data" value={{ role: 'admin', tags: ['a', null] }} />);
    expect(html).toContain('role="tree"');
    expect(html).toContain('aria-label="Data"');
    expect(html.match(/role="treeitem"/g)).toHaveLength(4);
    expect(html).toContain('aria-expanded="true"');
    expect(html).toContain('tabindex="0"');
    expect(html).toContain('admin');
  });

  it('renders MetadataInspector without the private values', () => {
    const html = renderToString(<MetadataInspector metadata={metadata} />);
    expect(html).toContain('Public metadata');
    expect(html).toContain('Reveal private metadata');
    expect(html).not.toContain('cus_42');
    expect(renderToString(<MetadataInspector metadata={null} />)).toContain('This user has no metadata');
  });

  function withQueryClient(ui: ReactElement, queryClient: QueryClient) {
    return renderToString(
      <QueryClientProvider client={queryClient}>
        <UserMetadataProvider hankoClient={createHankoClient({ baseUrl: 'https://tenant.hanko.io/admin' })}>
          {ui}
        </UserMetadataProvider>
      </QueryClientProvider>,
    );
  }

  it('renders HankoMetadataInspector from a prefetched cache, and its skeleton without one', () => {
    const client = createHankoClient({ baseUrl: 'https://tenant.hanko.io/admin' });
    const prefetched = new QueryClient();
    prefetched.setQueryData(hankoMetadataQueryOptions(client, USER).queryKey, metadata);
    const html = withQueryClient(<HankoMetadataInspector userId={USER} />, prefetched);
    expect(html).toContain('role="tree"');
    expect(html).toContain('admin');
    expect(html).not.toContain('cus_42');

    const loading = withQueryClient(<HankoMetadataInspector userId={USER} />, new QueryClient());
    expect(loading).toContain('aria-busy="true"');
    expect(loading).toContain('Loading metadata…');
    expect(withQueryClient(<HankoMetadataInspector userId="nope" />, new QueryClient())).toContain('must be a UUID');
  });
});
