import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createHankoClient } from '../../src/core/createHankoClient';
import { createSynodicClient } from '../../src/core/createSynodicClient';
import { apiFailure } from '../apiFailure';
import { server } from '../mswServer';

// As when the browser cannot fetch the chunk that reads answers (offline, or a deploy replaced it).
vi.mock('../../src/core/request/readAnswer', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

const HANKO = 'https://tenant.hanko.io/admin';
const SYNODIC = 'https://api.synodic.test/v0';
const USER = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const LOAD_FAILED = 'Could not load part of the library; check the connection and try again.';

describe('clients when the code that reads answers cannot be loaded', () => {
  it('reject an answer they cannot read as a retryable network error of their service', async () => {
    server.use(
      http.get(`${HANKO}/users/:id/metadata`, () => HttpResponse.json({ public_metadata: { one: 1 } })),
      http.get(`${SYNODIC}/:user`, () => HttpResponse.json({ created_at: 1 })),
    );
    const hanko = await apiFailure(createHankoClient({ baseUrl: HANKO }).getUserMetadata(USER));
    expect(hanko).toMatchObject({ kind: 'network', service: 'hanko', message: LOAD_FAILED });
    expect(hanko.isRetryable).toBe(true);
    const synodic = await apiFailure(createSynodicClient({ baseUrl: SYNODIC }).getUser('ada'));
    expect(synodic).toMatchObject({ kind: 'network', service: 'synodic', message: LOAD_FAILED });
  });

  it("report a request's own failure rather than the load's", async () => {
    server.use(http.get(`${HANKO}/users/:id/metadata`, () => HttpResponse.error()));
    const failed = await apiFailure(createHankoClient({ baseUrl: HANKO }).getUserMetadata(USER));
    expect(failed).toMatchObject({ kind: 'network', service: 'hanko', message: 'Could not reach Hanko.' });
    const controller = new AbortController();
    controller.abort();
    const aborted = await apiFailure(
      createSynodicClient({ baseUrl: SYNODIC }).getUser('ada', { signal: controller.signal }),
    );
    expect(aborted).toMatchObject({ kind: 'aborted', service: 'synodic' });
  });
});
