import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createHankoClient } from '../../src/core/createHankoClient';
import { apiFailure } from '../apiFailure';
import { server } from '../mswServer';

// As when the browser cannot fetch the parser's chunk (offline, or a deploy replaced it).
vi.mock('../../src/core/parseExactJson', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

const HANKO = 'https://tenant.hanko.io/admin';
const USER = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

describe('Hanko client when the parser for exact numbers cannot be loaded', () => {
  it('rejects a body with an exact number as a network error, not as invalid JSON', async () => {
    server.use(http.get(`${HANKO}/users/:id/metadata`, () => HttpResponse.text('{"public_metadata":{"one":1.0}}')));
    const error = await apiFailure(createHankoClient({ baseUrl: HANKO }).getUserMetadata(USER));
    expect(error).toMatchObject({ kind: 'network', service: 'hanko' });
    expect(error.message).toBe("Could not read Hanko's answer: the parser for exact numbers did not load.");
    expect(error.isRetryable).toBe(true);
  });

  it('still reads a body whose numbers JSON.parse keeps, which needs no parser', async () => {
    server.use(http.get(`${HANKO}/users/:id/metadata`, () => HttpResponse.json({ public_metadata: { one: 1 } })));
    await expect(createHankoClient({ baseUrl: HANKO }).getUserMetadata(USER)).resolves.toEqual({
      public_metadata: { one: 1 },
    });
  });
});
