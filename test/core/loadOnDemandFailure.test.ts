import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createHankoClient } from '../../src/core/createHankoClient';
import { apiFailure } from '../apiFailure';
import { server } from '../mswServer';

// As when the browser cannot fetch these chunks (offline, or a deploy replaced them).
vi.mock('../../src/core/parseExactHankoBody', () => {
  throw new Error('Failed to fetch dynamically imported module');
});
vi.mock('../../src/core/metadataPatchRequest', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

const HANKO = 'https://tenant.hanko.io/admin';
const USER = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

describe('Hanko client when the code it loads on demand cannot be loaded', () => {
  it('rejects a body with an exact number as a network error, not as invalid JSON', async () => {
    server.use(http.get(`${HANKO}/users/:id/metadata`, () => HttpResponse.text('{"public_metadata":{"one":1.0}}')));
    const error = await apiFailure(createHankoClient({ baseUrl: HANKO }).getUserMetadata(USER));
    expect(error).toMatchObject({ kind: 'network', service: 'hanko' });
    expect(error.message).toBe('Could not load part of the library; check the connection and try again.');
    expect(error.isRetryable).toBe(true);
  });

  it('still reads a body whose numbers JSON.parse keeps, which needs no parser', async () => {
    server.use(http.get(`${HANKO}/users/:id/metadata`, () => HttpResponse.json({ public_metadata: { one: 1 } })));
    await expect(createHankoClient({ baseUrl: HANKO }).getUserMetadata(USER)).resolves.toEqual({
      public_metadata: { one: 1 },
    });
  });

  it('rejects an edit as a network error, without a request', async () => {
    let requests = 0;
    server.use(
      http.patch(`${HANKO}/users/:id/metadata`, () => {
        requests += 1;
        return HttpResponse.json({});
      }),
    );
    const client = createHankoClient({ baseUrl: HANKO });
    const error = await apiFailure(client.updateUserMetadata(USER, { public_metadata: { one: 1 } }));
    expect(error).toMatchObject({ kind: 'network', service: 'hanko' });
    expect(error.message).toBe('Could not load part of the library; check the connection and try again.');
    expect(requests).toBe(0);
  });
});
