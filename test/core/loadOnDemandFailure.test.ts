import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createHankoClient } from '../../src/core/createHankoClient';
import { apiFailure } from '../apiFailure';
import { server } from '../mswServer';
import { countHankoPatches, expectFailedLoad, HANKO, USER } from './failedLoad';

// As when the browser cannot fetch these chunks (offline, or a deploy replaced them).
vi.mock('../../src/core/parseExactHankoBody', () => {
  throw new Error('Failed to fetch dynamically imported module');
});
vi.mock('../../src/core/metadataPatchRequest', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('Hanko client when the code it loads on demand cannot be loaded', () => {
  it('rejects a body with an exact number as a network error, not as invalid JSON', async () => {
    server.use(http.get(`${HANKO}/users/:id/metadata`, () => HttpResponse.text('{"public_metadata":{"one":1.0}}')));
    const error = await apiFailure(createHankoClient({ baseUrl: HANKO }).getUserMetadata(USER));
    expectFailedLoad(error);
  });

  it('still reads a body whose numbers JSON.parse keeps, which needs no parser', async () => {
    server.use(http.get(`${HANKO}/users/:id/metadata`, () => HttpResponse.json({ public_metadata: { one: 1 } })));
    await expect(createHankoClient({ baseUrl: HANKO }).getUserMetadata(USER)).resolves.toEqual({
      public_metadata: { one: 1 },
    });
  });

  it('rejects an edit as a network error, without a request', async () => {
    const patches = countHankoPatches();
    const client = createHankoClient({ baseUrl: HANKO });
    const error = await apiFailure(client.updateUserMetadata(USER, { public_metadata: { one: 1 } }));
    expectFailedLoad(error);
    expect(patches.count).toBe(0);
  });
});
