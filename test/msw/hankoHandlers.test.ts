import { describe, expect, it } from 'vitest';
import { createHankoClient } from '../../src/core/createHankoClient';
import { HANKO_ERROR_BODIES, type HankoErrorStatus, hankoFixtures, hankoHandlers } from '../../src/msw';
import { server } from '../mswServer';
import { apiFailure } from '../apiFailure';


// Node's fetch does not resolve relative URLs; a browser resolves '/api/hanko' against the page, so do the same.
const sameOriginFetch: typeof fetch = (input, init) => fetch(new URL(String(input), window.location.href), init);
const proxyClient = () => createHankoClient({ baseUrl: '/api/hanko', fetch: sameOriginFetch });
const getMetadata = (userId = hankoFixtures.userId) => proxyClient().getUserMetadata(userId);

describe('hankoHandlers.metadata', () => {
  it('answers the /api/hanko proxy route with all three categories by default', async () => {
    server.use(hankoHandlers.metadata());
    await expect(getMetadata()).resolves.toEqual(hankoFixtures.full);
  });

  it('answers with any mix of categories, the absent ones staying absent', async () => {
    server.use(hankoHandlers.metadata({ metadata: hankoFixtures.publicOnly }));
    const metadata = await getMetadata();
    expect(metadata).toEqual({ public_metadata: hankoFixtures.publicMetadata });
    expect(metadata && 'private_metadata' in metadata).toBe(false);
  });

  it('serves the deep and wide fixtures intact', async () => {
    server.use(hankoHandlers.metadata({ metadata: hankoFixtures.deep, userId: hankoFixtures.userId }));
    server.use(hankoHandlers.metadata({ metadata: hankoFixtures.wide, userId: hankoFixtures.otherUserId }));
    await expect(getMetadata()).resolves.toEqual(hankoFixtures.deep);
    await expect(getMetadata(hankoFixtures.otherUserId)).resolves.toEqual(hankoFixtures.wide);
  });

  it('limited to a user id, matches it in any case and lets other ids fall through', async () => {
    server.use(hankoHandlers.metadata({ userId: hankoFixtures.userId.toUpperCase() }), hankoHandlers.status(404));
    await expect(getMetadata(hankoFixtures.userId)).resolves.toEqual(hankoFixtures.full);
    expect((await apiFailure(getMetadata(hankoFixtures.otherUserId))).status).toBe(404);
  });

  it("mocks the admin API itself when given the tenant's base URL (server-side tests)", async () => {
    const baseUrl = 'https://tenant-1234.hanko.io/admin';
    server.use(hankoHandlers.metadata({ baseUrl }));
    const client = createHankoClient({ baseUrl, apiKey: 'hanko-secret' });
    await expect(client.getUserMetadata(hankoFixtures.userId)).resolves.toEqual(hankoFixtures.full);
  });
});

describe('hankoHandlers other answers', () => {
  it('empty() is a 204, which the client returns as null', async () => {
    server.use(hankoHandlers.empty());
    await expect(getMetadata()).resolves.toBeNull();
  });

  it.each([400, 401, 403, 404, 500] as const)(
    'status(%i) sends Hanko\'s {"code","message"} body for it',
    async (status: HankoErrorStatus) => {
      server.use(hankoHandlers.status(status));
      const error = await apiFailure(getMetadata());
      expect(error).toMatchObject({
        kind: 'http',
        status,
        serverCode: status,
        serverMessage: HANKO_ERROR_BODIES[status].message,
      });
    },
  );

  it('status(404) is recognised as not found; status(500) as retryable', async () => {
    server.use(hankoHandlers.status(404, { userId: hankoFixtures.userId }), hankoHandlers.status(500));
    expect((await apiFailure(getMetadata())).isNotFound).toBe(true);
    expect((await apiFailure(getMetadata(hankoFixtures.otherUserId))).isRetryable).toBe(true);
  });

  it('status() sends a given body instead, such as the other 500 messages', async () => {
    server.use(hankoHandlers.status(500, { body: { code: 500, message: 'could not fetch user' } }));
    expect((await apiFailure(getMetadata())).serverMessage).toBe('could not fetch user');
  });

  it('networkError() makes the client report a network error', async () => {
    server.use(hankoHandlers.networkError());
    expect((await apiFailure(getMetadata())).kind).toBe('network');
  });

  it('htmlError() sends an HTML page, which the client reports as a parse error', async () => {
    server.use(hankoHandlers.htmlError());
    const error = await apiFailure(getMetadata());
    expect(error).toMatchObject({ kind: 'parse', status: 200 });
    expect(error.message).toMatch(/HTML page/);
  });

  it('hands out a copy, so mutating one answer does not change the next', async () => {
    server.use(hankoHandlers.metadata());
    const first = await getMetadata();
    if (first?.public_metadata) first.public_metadata.role = 'mutated';
    const second = await getMetadata();
    expect(second?.public_metadata?.role).toBe('admin');
  });
});
