import { describe, expect, it } from 'vitest';
import { isApiError } from '../../src/core/ApiError';
import { createSynodicClient } from '../../src/core/createSynodicClient';
import { sequence, synodicFixtures, synodicHandlers } from '../../src/msw';
import { server } from '../mswServer';

const client = createSynodicClient();

/** The status of each attempt: 200 for a user, the HTTP status for an error, or the error kind. */
async function outcome(username = 'ada'): Promise<number | string> {
  try {
    await client.getUser(username);
    return 200;
  } catch (error) {
    if (!isApiError(error)) throw error;
    return error.status ?? error.kind;
  }
}

describe('sequence', () => {
  it('answers successive requests with successive handlers, then keeps the last', async () => {
    server.use(sequence(synodicHandlers.serverError(), synodicHandlers.networkError(), synodicHandlers.user()));
    expect([await outcome(), await outcome(), await outcome(), await outcome()]).toEqual([500, 'network', 200, 200]);
  });

  it('starts over after resetHandlers, as it does for each story', async () => {
    const handler = sequence(synodicHandlers.serverError(), synodicHandlers.user());
    server.use(handler);
    expect([await outcome(), await outcome()]).toEqual([500, 200]);
    server.resetHandlers();
    server.use(handler);
    expect([await outcome(), await outcome()]).toEqual([500, 200]);
  });

  it('does not count a request that its current step does not answer', async () => {
    server.use(
      sequence(synodicHandlers.serverError({ username: 'ada' }), synodicHandlers.user({ username: 'ada' })),
      synodicHandlers.notFound(),
    );
    expect(await outcome('grace')).toBe(404);
    expect(await outcome('ada')).toBe(500);
    expect(await outcome('ada')).toBe(200);
  });

  it('keeps each step’s own options, such as the fixture it answers with', async () => {
    server.use(sequence(synodicHandlers.notFound(), synodicHandlers.user({ view: 'public' })));
    expect(await outcome()).toBe(404);
    await expect(client.getUser('ada')).resolves.toEqual(synodicFixtures.publicUser);
  });
});
