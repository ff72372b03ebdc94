// @vitest-environment node
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { type ApiErrorInit, ApiError } from '../../src/core/ApiError';
import { createHankoClient } from '../../src/core/createHankoClient';
import { createSynodicClient } from '../../src/core/createSynodicClient';
import { apiFailure } from '../apiFailure';
import { server } from '../mswServer';

function httpError(init: Partial<ApiErrorInit<'http'>>): ApiError {
  return new ApiError({
    kind: 'http',
    service: 'synodic',
    message: 'x',
    status: 500,
    serverMessage: undefined,
    serverCode: undefined,
    body: '',
    ...init,
  });
}

describe('ApiError.isNotFound', () => {
  it('is true for a 404 from either API, whatever its body says', () => {
    expect(httpError({ status: 404 }).isNotFound).toBe(true);
    const hankoBody = { serverMessage: 'user not found', serverCode: 404 };
    expect(httpError({ service: 'hanko', status: 404, ...hankoBody }).isNotFound).toBe(true);
    expect(httpError({ service: 'hanko', status: 404, serverMessage: 'gone fishing' }).isNotFound).toBe(true);
  });

  it('is true for Synodic\'s legacy {"error": "User not found"} body at any status', () => {
    for (const status of [200, 400, 500]) {
      expect(httpError({ status, serverMessage: 'User not found' }).isNotFound).toBe(true);
    }
  });

  it('is false for any other status whose message merely says "not found"', () => {
    expect(httpError({ status: 500, serverMessage: 'upstream host not found' }).isNotFound).toBe(false);
    expect(httpError({ status: 502, serverMessage: 'Not Found' }).isNotFound).toBe(false);
    // Hanko's body has a code: a "user not found" that is not a 404 is not the legacy Synodic body.
    const hanko = { service: 'hanko', serverMessage: 'user not found' } as const;
    expect(httpError({ ...hanko, status: 500, serverCode: 500 }).isNotFound).toBe(false);
    expect(httpError({ ...hanko, status: 400 }).isNotFound).toBe(false);
    // The proxy answers Synodic errors in Hanko's { code, message } shape.
    expect(httpError({ status: 502, serverMessage: 'User not found', serverCode: 502 }).isNotFound).toBe(false);
  });

  it('is false for every kind of error other than http', () => {
    const network = new ApiError({ kind: 'network', service: 'synodic', message: 'not found' });
    const input = new ApiError({ kind: 'invalid-input', service: 'hanko', input: 'userId', message: 'not found' });
    expect([network.isNotFound, input.isNotFound]).toEqual([false, false]);
  });

  it('is what the clients report for real answers', async () => {
    server.use(
      http.get('https://api.synodic.ai/v0/:user', () =>
        HttpResponse.json({ error: 'cache backend not found' }, { status: 503 }),
      ),
      http.get('https://tenant.hanko.io/admin/users/:id/metadata', () =>
        HttpResponse.json({ code: 500, message: 'user not found in replica' }, { status: 500 }),
      ),
    );
    const synodic = await apiFailure(createSynodicClient().getUser('ada'));
    const hanko = await apiFailure(
      createHankoClient({ baseUrl: 'https://tenant.hanko.io/admin' }).getUserMetadata(
        '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
      ),
    );
    expect([synodic.status, synodic.isNotFound, synodic.isRetryable]).toEqual([503, false, true]);
    expect([hanko.status, hanko.isNotFound, hanko.isRetryable]).toEqual([500, false, true]);
  });
});
