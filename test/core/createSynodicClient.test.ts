import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createSynodicClient } from '../../src/core/createSynodicClient';
import { isSynodicOwnerView } from '../../src/core/SynodicUser';
import { server } from '../mswServer';
import { apiFailure } from '../apiFailure';

const BASE = 'https://api.synodic.ai/v0';
const publicUser = {
  created_at: 1716899295,
  photo_url: 'https://synodic-profile.s3.amazonaws.com/lowoyylw.png',
  repositories: ['example/coffee', 'example/cars'],
};
const ownerUser = {
  ...publicUser,
  autotrain_units: 150,
  autolabel_images: 495,
  inference_frames: 45903,
  models_trained: 2,
  payment_details: true,
  plan: 'pay-as-you-go',
};


describe('createSynodicClient', () => {
  it("returns another user's public view, which is not an owner view", async () => {
    server.use(http.get(`${BASE}/:user`, () => HttpResponse.json(publicUser)));
    const user = await createSynodicClient().getUser('example');
    expect(user).toEqual(publicUser);
    expect(isSynodicOwnerView(user)).toBe(false);
  });

  it("returns the owner's view with plan and usage when the key is the user's", async () => {
    server.use(http.get(`${BASE}/:user`, () => HttpResponse.json(ownerUser)));
    const user = await createSynodicClient({ apiKey: 'secret-key' }).getUser('example');
    expect(isSynodicOwnerView(user)).toBe(true);
    if (!isSynodicOwnerView(user)) throw new Error('unreachable');
    expect(user.plan).toBe('pay-as-you-go');
    expect(user.inference_frames).toBe(45903);
  });

  it('sends x-api-key only when a key is given', async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.get(`${BASE}/:user`, ({ request }) => {
        seen.push(request.headers.get('x-api-key'));
        return HttpResponse.json(publicUser);
      }),
    );
    await createSynodicClient().getUser('a');
    await createSynodicClient({ apiKey: '' }).getUser('a');
    await createSynodicClient({ apiKey: 'k-123' }).getUser('a');
    expect(seen).toEqual([null, null, 'k-123']);
  });

  it('keeps caller headers but never lets them replace the key', async () => {
    let headers: Headers | undefined;
    server.use(
      http.get(`${BASE}/:user`, ({ request }) => {
        headers = request.headers;
        return HttpResponse.json(publicUser);
      }),
    );
    await createSynodicClient({ apiKey: 'real', headers: { 'x-trace': '1', 'x-api-key': 'fake' } }).getUser('a');
    expect(headers?.get('x-trace')).toBe('1');
    expect(headers?.get('x-api-key')).toBe('real');
  });

  it('encodes the username as one path segment and trims the base URL slash', async () => {
    let url = '';
    const fetch = vi.fn(async (input: RequestInfo | URL) => {
      url = String(input);
      return Response.json(publicUser);
    });
    await createSynodicClient({ baseUrl: 'https://proxy.test/api/synodic/', fetch }).getUser('a/b?c');
    expect(url).toBe('https://proxy.test/api/synodic/a%2Fb%3Fc');
  });

  it('accepts unknown plans and extra fields', async () => {
    server.use(
      http.get(`${BASE}/:user`, () => HttpResponse.json({ ...ownerUser, plan: 'enterprise-2027', new_field: [1] })),
    );
    const user = await createSynodicClient({ apiKey: 'k' }).getUser('example');
    expect(user.plan).toBe('enterprise-2027');
    expect(user.new_field).toEqual([1]);
  });

  it('tolerates a missing photo and missing repositories', async () => {
    server.use(http.get(`${BASE}/:user`, () => HttpResponse.json({ created_at: 1 })));
    const user = await createSynodicClient().getUser('example');
    expect(user.photo_url).toBeUndefined();
    expect(user.repositories).toEqual([]);
  });

  it.each([
    ['blank', '   '],
    ['empty', ''],
    ['dot-dot', '..'],
    ['control character', 'a\nb'],
    ['too long', 'x'.repeat(257)],
  ])('rejects a %s username before any request', async (_label, username) => {
    const fetch = vi.fn();
    const error = await apiFailure(createSynodicClient({ fetch }).getUser(username));
    expect(error.kind).toBe('invalid-input');
    expect(error.input).toBe('username');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('maps a 404 with the legacy error body to a not-found http error', async () => {
    server.use(http.get(`${BASE}/:user`, () => HttpResponse.json({ error: 'User not found' }, { status: 404 })));
    const error = await apiFailure(createSynodicClient().getUser('ghost'));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(404);
    expect(error.serverMessage).toBe('User not found');
    expect(error.isNotFound).toBe(true);
    expect(error.message).toBe('Synodic: User not found (HTTP 404).');
  });

  it('treats a 200 carrying only {"error": …} as a not-found error, as the old docs showed', async () => {
    server.use(http.get(`${BASE}/:user`, () => HttpResponse.json({ error: 'User not found' })));
    const error = await apiFailure(createSynodicClient().getUser('ghost'));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(200);
    expect(error.isNotFound).toBe(true);
  });

  it('keeps the raw text of an error body that is not JSON', async () => {
    server.use(http.get(`${BASE}/:user`, () => new HttpResponse('upstream exploded', { status: 502 })));
    const error = await apiFailure(createSynodicClient().getUser('a'));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(502);
    expect(error.body).toBe('upstream exploded');
    expect(error.serverMessage).toBeUndefined();
    expect(error.isRetryable).toBe(true);
  });

  it('reports an HTML page in a 200 as a parse error', async () => {
    server.use(http.get(`${BASE}/:user`, () => HttpResponse.html('<!doctype html><title>Login</title>')));
    const error = await apiFailure(createSynodicClient().getUser('a'));
    expect(error.kind).toBe('parse');
    expect(error.contentType).toContain('text/html');
    expect(error.message).toMatch(/HTML page/);
  });

  it('reports an empty 200 as a validation error', async () => {
    server.use(http.get(`${BASE}/:user`, () => new HttpResponse(null, { status: 200 })));
    const error = await apiFailure(createSynodicClient().getUser('a'));
    expect(error.kind).toBe('validation');
  });

  it('reports wrong field types as a validation error with the path', async () => {
    server.use(http.get(`${BASE}/:user`, () => HttpResponse.json({ ...publicUser, repositories: ['a/b', 7] })));
    const error = await apiFailure(createSynodicClient().getUser('a'));
    expect(error.kind).toBe('validation');
    expect(error.issues?.[0]?.path).toBe('repositories.1');
    expect(error.message).toContain('repositories.1');
  });

  it('reports a wrongly typed usage field instead of silently dropping it', async () => {
    server.use(http.get(`${BASE}/:user`, () => HttpResponse.json({ ...ownerUser, autotrain_units: '150' })));
    const error = await apiFailure(createSynodicClient({ apiKey: 'k' }).getUser('a'));
    expect(error.kind).toBe('validation');
    expect(error.issues?.map((issue) => issue.path)).toContain('autotrain_units');
  });

  it('reports a dead network as a retryable network error', async () => {
    server.use(http.get(`${BASE}/:user`, () => HttpResponse.error()));
    const error = await apiFailure(createSynodicClient().getUser('a'));
    expect(error.kind).toBe('network');
    expect(error.isRetryable).toBe(true);
  });

  it('reports an aborted request as aborted, before and during the request', async () => {
    const before = new AbortController();
    before.abort();
    const fetch = vi.fn();
    expect((await apiFailure(createSynodicClient({ fetch }).getUser('a', { signal: before.signal }))).kind).toBe(
      'aborted',
    );
    expect(fetch).not.toHaveBeenCalled();

    server.use(http.get(`${BASE}/:user`, () => new Promise<Response>(() => {})));
    const during = new AbortController();
    const pending = createSynodicClient().getUser('a', { signal: during.signal });
    during.abort();
    expect((await apiFailure(pending)).kind).toBe('aborted');
  });

  it('never puts the API key in an error message', async () => {
    server.use(http.get(`${BASE}/:user`, () => HttpResponse.json({ error: 'nope' }, { status: 401 })));
    const error = await apiFailure(createSynodicClient({ apiKey: 'sk_live_secret' }).getUser('a'));
    expect(error.message).toContain('HTTP 401');
    expect(JSON.stringify({ ...error, message: error.message })).not.toContain('sk_live_secret');
  });
});

describe('username validation', () => {
  it('disables the query for a username with an unpaired surrogate, which cannot be put in a URL', async () => {
    const { isValidUsername } = await import('../../src/core/validateInput');
    expect(isValidUsername('ana\uD800')).toBe(false);
    expect(isValidUsername('\uDC00ana')).toBe(false);
    expect(isValidUsername('ana😀')).toBe(true);
  });
});
