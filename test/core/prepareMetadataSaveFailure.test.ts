import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createHankoClient } from '../../src/core/createHankoClient';
import { hankoMetadataMutationOptions } from '../../src/core/hankoMetadataMutationOptions';
import { apiFailure } from '../apiFailure';
import { server } from '../mswServer';

// Only the save's own on-demand code fails (offline, or a deploy replaced it); the client's PATCH writer loads.
vi.mock('../../src/core/prepareMetadataSave', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

const HANKO = 'https://tenant.hanko.io/admin';
const USER = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

describe('hankoMetadataMutationOptions when the size check and fingerprint cannot be loaded', () => {
  it('rejects the save as a retryable network error, without a request', async () => {
    let requests = 0;
    server.use(
      http.patch(`${HANKO}/users/:id/metadata`, () => {
        requests += 1;
        return HttpResponse.json({ public_metadata: { quota: 20 } });
      }),
    );
    const { mutationFn } = hankoMetadataMutationOptions(createHankoClient({ baseUrl: HANKO }), USER);
    const error = await apiFailure(mutationFn({ base: null, patch: { public_metadata: { quota: 20 } } }));
    expect(error).toMatchObject({ kind: 'network', service: 'hanko' });
    expect(error.message).toBe('Could not load part of the library; check the connection and try again.');
    expect(error.isRetryable).toBe(true);
    expect(requests).toBe(0);
  });
});
