// Regressions for bugs the hostile-input properties found: a reveal that outlived its user, an empty
// key that read like '""', and a "__proto__" key lost to TanStack's structural sharing on refetch.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HankoMetadataInspector } from '../../src/components/HankoMetadataInspector';
import { MetadataInspector } from '../../src/components/MetadataInspector';
import { createHankoClient } from '../../src/core/createHankoClient';
import { hankoMetadataQueryOptions } from '../../src/core/hankoMetadataQueryOptions';
import { createTestQueryClient, renderWithProviders } from '../components/renderWithProviders';

const A = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const B = '9b2d5f7e-1c3a-4e8b-9f00-aa11bb22cc33';
const reveal = () => fireEvent.click(screen.getByRole('button', { name: 'Reveal private metadata' }));

describe('a reveal of private metadata covers one user only', () => {
  it('MetadataInspector masks again when it is given another user’s metadata', () => {
    const { container, rerender } = render(<MetadataInspector metadata={{ private_metadata: { a: 'SECRET_A' } }} />);
    reveal();
    expect(container.textContent).toContain('SECRET_A');
    rerender(<MetadataInspector metadata={{ private_metadata: { b: 'SECRET_B' } }} />);
    expect(container.innerHTML).not.toContain('SECRET_B');
  });

  it('HankoMetadataInspector masks again when userId changes to a user already in the cache', async () => {
    const fetch = async (url: RequestInfo | URL) =>
      new Response(JSON.stringify({ private_metadata: { v: String(url).includes(A) ? 'SECRET_A' : 'SECRET_B' } }));
    const hankoClient = createHankoClient({ baseUrl: 'https://t.hanko.io/admin', fetch });
    const queryClient = createTestQueryClient();
    await queryClient.prefetchQuery(hankoMetadataQueryOptions(hankoClient, B));
    const { container, rerender } = renderWithProviders(<HankoMetadataInspector userId={A} />, {
      hankoClient,
      queryClient,
    });
    await screen.findByRole('button', { name: 'Reveal private metadata' });
    reveal();
    expect(container.textContent).toContain('SECRET_A');
    rerender(<HankoMetadataInspector userId={B} />);
    await screen.findByRole('button', { name: 'Reveal private metadata' });
    expect(container.innerHTML).not.toContain('SECRET_B');
  });
});

describe('keys that differ are shown differently', () => {
  it('an empty key and a key made of two quote characters do not both read `""`', () => {
    const { container } = render(<MetadataInspector metadata={{ public_metadata: { '': 1, '""': 2 } }} />);
    const keys = [...container.querySelectorAll('.rum-json-key')].map((key) => key.textContent);
    expect(new Set(keys).size).toBe(2);
  });
});

describe('a refetch keeps every key the user stored', () => {
  it('keeps an own __proto__ key through structural sharing, and nothing becomes inherited', async () => {
    let visits = 0;
    const fetch = async () => new Response(`{"unsafe_metadata":{"__proto__":{"role":"admin"},"visits":${visits++}}}`);
    const hankoClient = createHankoClient({ baseUrl: 'https://t.hanko.io/admin', fetch });
    const { queryClient } = renderWithProviders(<HankoMetadataInspector userId={A} query={{ retry: false }} />, {
      hankoClient,
    });
    await screen.findByRole('tree', { name: 'Unsafe metadata' });
    await act(() => queryClient.refetchQueries());
    const data = queryClient.getQueryData(hankoMetadataQueryOptions(hankoClient, A).queryKey);
    const unsafe = data?.unsafe_metadata as Record<string, unknown>;
    expect(Object.keys(unsafe)).toEqual(['__proto__', 'visits']);
    expect(unsafe.role).toBeUndefined();
  });
});
