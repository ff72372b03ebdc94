import { describe, expect, it, vi } from 'vitest';
import { createHankoClient } from '../../src/core/createHankoClient';
import { hankoMetadataMutationOptions } from '../../src/core/hankoMetadataMutationOptions';
import { apiFailure } from '../apiFailure';
import { countHankoPatches, expectFailedLoad, HANKO, USER } from './failedLoad';

// Only the save's own on-demand code fails (offline, or a deploy replaced it); the client's PATCH writer loads.
vi.mock('../../src/core/prepareMetadataSave', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('hankoMetadataMutationOptions when the size check and fingerprint cannot be loaded', () => {
  it('rejects the save as a retryable network error, without a request', async () => {
    const patches = countHankoPatches({ public_metadata: { quota: 20 } });
    const { mutationFn } = hankoMetadataMutationOptions(createHankoClient({ baseUrl: HANKO }), USER);
    const error = await apiFailure(mutationFn({ base: null, patch: { public_metadata: { quota: 20 } } }));
    expectFailedLoad(error);
    expect(patches.count).toBe(0);
  });
});
