import { describe, expect, it } from 'vitest';
import { createSynodicClient } from '../../src/core/createSynodicClient';
import { isSynodicOwnerView } from '../../src/core/SynodicUser';
import { generateRepositories, synodicFixtures, synodicHandlers } from '../../src/msw';
import { server } from '../mswServer';
import { apiFailure } from '../apiFailure';


const getUser = (username = synodicFixtures.username) => createSynodicClient().getUser(username);

describe('synodicHandlers.user', () => {
  it("answers with the owner's view (plan and usage) by default", async () => {
    server.use(synodicHandlers.user());
    const user = await getUser();
    expect(isSynodicOwnerView(user)).toBe(true);
    expect(user).toEqual(synodicFixtures.ownerUser);
  });

  it("answers with only created_at, photo_url and repositories for view 'public'", async () => {
    server.use(synodicHandlers.user({ view: 'public' }));
    const user = await getUser();
    expect(isSynodicOwnerView(user)).toBe(false);
    expect(user).toEqual(synodicFixtures.publicUser);
  });

  it('applies field overrides, and leaves photo_url out when it is set to undefined', async () => {
    server.use(
      synodicHandlers.user({ user: { repositories: generateRepositories(200), photo_url: undefined, plan: 'team' } }),
    );
    const user = await getUser();
    expect(user.repositories).toHaveLength(200);
    expect('photo_url' in user).toBe(false);
    expect(user.plan).toBe('team');
  });

  it('with apiKey, gives the owner view only to requests that carry that key', async () => {
    server.use(synodicHandlers.user({ apiKey: 'sk-owner' }));
    const owner = await createSynodicClient({ apiKey: 'sk-owner' }).getUser('ada-lovelace');
    const stranger = await createSynodicClient({ apiKey: 'sk-someone-else' }).getUser('ada-lovelace');
    const anonymous = await createSynodicClient().getUser('ada-lovelace');
    expect(isSynodicOwnerView(owner)).toBe(true);
    expect(isSynodicOwnerView(stranger)).toBe(false);
    expect(isSynodicOwnerView(anonymous)).toBe(false);
  });

  it('limited to a username, lets other usernames fall through to the next handler', async () => {
    server.use(synodicHandlers.user({ username: 'ada 100%/lab' }), synodicHandlers.notFound());
    await expect(getUser('ada 100%/lab')).resolves.toMatchObject({ created_at: synodicFixtures.ownerUser.created_at });
    expect((await apiFailure(getUser('grace'))).isNotFound).toBe(true);
  });

  it('answers on a custom baseUrl, such as an app proxy', async () => {
    server.use(synodicHandlers.user({ baseUrl: 'https://app.example.com/api/synodic/' }));
    const client = createSynodicClient({ baseUrl: 'https://app.example.com/api/synodic' });
    await expect(client.getUser('ada')).resolves.toEqual(synodicFixtures.ownerUser);
  });

  it('hands out a copy, so mutating one answer does not change the next', async () => {
    server.use(synodicHandlers.user());
    const first = await getUser();
    first.repositories.push('mutated/by-a-test');
    const second = await getUser();
    expect(second.repositories).toEqual(synodicFixtures.ownerUser.repositories);
  });
});

describe('synodicHandlers errors', () => {
  it('notFound() is a 404 with Synodic\'s {"error":"User not found"} body', async () => {
    server.use(synodicHandlers.notFound());
    const error = await apiFailure(getUser());
    expect(error).toMatchObject({ kind: 'http', status: 404, serverMessage: 'User not found' });
    expect(error.isNotFound).toBe(true);
  });

  it('notFound({ status: 200 }) is still a not-found error: the body decides, as in the legacy docs', async () => {
    server.use(synodicHandlers.notFound({ status: 200 }));
    const error = await apiFailure(getUser());
    expect(error).toMatchObject({ kind: 'http', status: 200 });
    expect(error.isNotFound).toBe(true);
  });

  it('serverError() is a retryable 500 with an empty body', async () => {
    server.use(synodicHandlers.serverError());
    const error = await apiFailure(getUser());
    expect(error).toMatchObject({ kind: 'http', status: 500, body: '' });
    expect(error.isRetryable).toBe(true);
  });

  it('serverError() takes another status and a JSON body', async () => {
    server.use(synodicHandlers.serverError({ status: 503, body: { error: 'Down for maintenance' } }));
    const error = await apiFailure(getUser());
    expect(error).toMatchObject({ kind: 'http', status: 503, serverMessage: 'Down for maintenance' });
  });

  it('networkError() makes the client report a network error', async () => {
    server.use(synodicHandlers.networkError());
    expect((await apiFailure(getUser())).kind).toBe('network');
  });

  it('htmlError() sends an HTML page with status 200, which the client reports as a parse error', async () => {
    server.use(synodicHandlers.htmlError());
    const error = await apiFailure(getUser());
    expect(error).toMatchObject({ kind: 'parse', status: 200 });
    expect(error.contentType).toMatch(/text\/html/);
    expect(error.body).toMatch(/<html>/);
  });

  it('htmlError({ status: 502 }) is an HTTP error carrying the page', async () => {
    server.use(synodicHandlers.htmlError({ status: 502 }));
    const error = await apiFailure(getUser());
    expect(error).toMatchObject({ kind: 'http', status: 502, serverMessage: undefined });
    expect(error.body).toMatch(/Bad Gateway/);
  });

  it('photoNotFound() answers the fixture S3 photo URL with a 404', async () => {
    server.use(synodicHandlers.photoNotFound());
    const response = await fetch(synodicFixtures.s3PhotoUrl);
    expect(response.status).toBe(404);
  });
});

describe('synodicHandlers options', () => {
  it('delay holds the answer back for the given milliseconds', async () => {
    server.use(synodicHandlers.user({ delay: 120 }));
    const started = performance.now();
    await getUser();
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
  });

  it("delay 'infinite' never answers, so the request stays pending until it is aborted", async () => {
    server.use(synodicHandlers.user({ delay: 'infinite' }));
    const controller = new AbortController();
    const pending = createSynodicClient().getUser('ada', { signal: controller.signal });
    const outcome = await Promise.race([
      pending.then(
        () => 'answered',
        () => 'failed',
      ),
      new Promise((resolve) => setTimeout(() => resolve('still pending'), 150)),
    ]);
    expect(outcome).toBe('still pending');
    controller.abort();
    expect((await apiFailure(pending)).kind).toBe('aborted');
  });

  it('once answers the first request only; later ones reach the next handler', async () => {
    server.use(synodicHandlers.serverError({ once: true }), synodicHandlers.user());
    expect((await apiFailure(getUser())).status).toBe(500);
    await expect(getUser()).resolves.toEqual(synodicFixtures.ownerUser);
  });
});
