import { describe, expect, it } from 'vitest';
import { parseExactJson } from '../../src/core/parseExactJson';
import { metadataFingerprint } from '../../src/core/metadataFingerprint';
import { createHankoMetadataStore, hankoEditableHandlers, hankoFixtures } from '../../src/msw';
import { server } from '../mswServer';

const USER = hankoFixtures.userId;
const url = (userId = USER) => new URL(`/api/hanko/users/${userId}/metadata`, window.location.href);
const read = (userId = USER) => fetch(url(userId));
const patch = (body: string, headers: Record<string, string> = {}, userId = USER) =>
  fetch(url(userId), { method: 'PATCH', body, headers: { 'content-type': 'application/json', ...headers } });

describe('hankoEditableHandlers', () => {
  it('merges a patch as Hanko does, and the next read sees it', async () => {
    server.use(...hankoEditableHandlers());
    const response = await patch(
      '{"public_metadata":{"role":"owner","tags":["gamma"],"team":{"seats":null}},"private_metadata":null,"extra":1}',
    );
    expect(response.status).toBe(200);
    const expected = {
      public_metadata: { role: 'owner', tags: ['gamma'], team: { id: 'team_8c1f2a', name: 'Vision Platform' }, onboarded: true },
      unsafe_metadata: hankoFixtures.unsafeMetadata,
    };
    expect(await response.json()).toEqual(expected);
    expect(await (await read()).json()).toEqual(expected);
  });

  it('answers 204 once every category is empty, and keeps exact numbers byte for byte', async () => {
    server.use(...hankoEditableHandlers());
    expect((await patch('null')).status).toBe(204);
    expect((await read()).status).toBe(204);
    const body = '{"public_metadata":{"big":9223372036854775807,"one":1.0,"zero":-0,"huge":1e400}}';
    expect(await (await patch(body)).text()).toBe(body);
    expect(await (await read()).text()).toBe(body);
  });

  it("refuses a category over 3,000 characters with Hanko's 400 message and stores nothing", async () => {
    server.use(...hankoEditableHandlers());
    const before = await (await read()).text();
    const response = await patch(JSON.stringify({ private_metadata: { note: 'x'.repeat(3000) } }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      code: 400,
      message: 'metadata limit exceeded: private metadata must not exceed 3000 characters',
    });
    expect(await (await read()).text()).toBe(before);
  });

  it('answers 404 for a user not in the store and 400 for an id that is not a UUID', async () => {
    server.use(...hankoEditableHandlers());
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(await (await patch('{}', {}, unknown)).json()).toEqual({ code: 404, message: 'user not found' });
    expect((await read(unknown)).status).toBe(404);
    expect(await (await patch('{}', {}, 'not-a-uuid')).json()).toEqual({ code: 400, message: 'invalid user id' });
  });

  it.each(['', '{"public_metadata":', '[]', '"text"', '{"public_metadata":[1]}', '{"unsafe_metadata":"x"}'])(
    'answers 400 for the body %j',
    async (body) => {
      server.use(...hankoEditableHandlers());
      expect((await patch(body)).status).toBe(400);
    },
  );

  it('answers 409 with the current metadata when the fingerprint is stale, and patches when it is current', async () => {
    server.use(...hankoEditableHandlers());
    const stale = await metadataFingerprint({ public_metadata: { role: 'viewer' } });
    const refused = await patch('{"public_metadata":{"role":"owner"}}', { 'x-metadata-fingerprint': stale });
    expect(refused.status).toBe(409);
    expect(await refused.json()).toEqual({
      code: 409,
      message: 'metadata changed since it was read',
      metadata: hankoFixtures.full,
    });
    // Over the categories the patch names: a change elsewhere (here, private metadata) is no conflict.
    const current = await metadataFingerprint(
      { ...hankoFixtures.full, private_metadata: { changed: true } },
      ['public_metadata'],
    );
    const accepted = await patch('{"public_metadata":{"role":"owner"}}', { 'x-metadata-fingerprint': current });
    expect(accepted.status).toBe(200);
  });

  it('shares a store passed in, which reset() puts back', async () => {
    const store = createHankoMetadataStore({ [USER]: { public_metadata: { n: 1 } } });
    server.use(...hankoEditableHandlers({ store }));
    await patch('{"public_metadata":{"n":2}}');
    expect(store.get(USER.toUpperCase())).toEqual({ public_metadata: { n: 2 } });
    store.reset();
    expect(parseExactJson(await (await read()).text())).toEqual({ public_metadata: { n: 1 } });
  });
});
