import { describe, expect, it, vi } from 'vitest';
import { createHankoClient } from '../../src/core/createHankoClient';
import { createSynodicClient } from '../../src/core/createSynodicClient';
import { apiFailure } from '../apiFailure';
import { errorTexts } from './oracles';

// API keys as careless deployments hand them over: read from a secrets file with its newline, pasted
// with a typographic quote, or chosen so that the redaction marker itself completes them.

const HANKO_BASE = 'https://tenant.hanko.io/admin';
const USER_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

const answering = (body: BodyInit | null, init?: ResponseInit) =>
  vi.fn<typeof globalThis.fetch>(async () => new Response(body, init));

/** The TypeError a call throws, or a failure when it throws nothing or something else. */
function typeErrorOf(create: () => unknown): TypeError {
  try {
    create();
  } catch (error) {
    expect(error).toBeInstanceOf(TypeError);
    return error as TypeError;
  }
  throw new Error('expected a TypeError');
}

const createClient = {
  synodic: (apiKey: string, fetch = answering('{"created_at":1}')) => createSynodicClient({ apiKey, fetch }),
  hanko: (apiKey: string, fetch = answering(null, { status: 204 })) =>
    createHankoClient({ baseUrl: HANKO_BASE, apiKey, fetch }),
};

describe('API keys that are not valid header values', () => {
  it.each([
    ['a line feed inside', 'sk_live_a\nb_4242'],
    ['a carriage return inside', 'sk_live_a\rb_4242'],
    ['a typographic apostrophe', 'sk_live_\u20194242'],
    ['a NUL', 'sk_live_\u00004242'],
  ])('are refused when the client is created, with a message that never contains the key (%s)', (_, apiKey) => {
    for (const service of ['synodic', 'hanko'] as const) {
      const error = typeErrorOf(() => createClient[service](apiKey));
      expect(error.message).toMatch(/apiKey/);
      expect(error.message).not.toContain(apiKey.trim());
      for (const piece of apiKey.split(/[\n\r\u0000\u2019]/)) expect(error.message).not.toContain(piece);
    }
  });

  it('fail at creation for caller headers that cannot be sent either, not later in getUser', () => {
    const headers = { 'x-trace': 'a\nb' };
    expect(() => createSynodicClient({ headers })).toThrow(TypeError);
    expect(() => createHankoClient({ baseUrl: HANKO_BASE, headers })).toThrow(TypeError);
  });

  it('still accept a key with whitespace around it, and send it without', async () => {
    const fetch = answering('{"created_at":1}');
    await createSynodicClient({ apiKey: '  sk_live_4242\n', fetch }).getUser('ana');
    const headers = new Headers(fetch.mock.calls[0]?.[1]?.headers);
    expect(headers.get('x-api-key')).toBe('sk_live_4242');
  });
});

describe('keys the redaction marker could complete', () => {
  it.each([
    ['starts with "]"', ']abc', ']abcabc'],
    ['ends with "["', 'abc[', 'abcabc['],
    ['starts with "]" and repeats', ']abc', ']abcabcabcabc'],
  ])('a key that %s is gone from every part of the error', async (_, apiKey, echoed) => {
    const synodicAnswer = answering(JSON.stringify({ error: `bad key ${echoed}` }), { status: 401 });
    const synodic = await apiFailure(createClient.synodic(apiKey, synodicAnswer).getUser('ana'));
    const hanko = await apiFailure(
      createClient
        .hanko(apiKey, answering(JSON.stringify({ code: 401, message: `bad key ${echoed}` }), { status: 401 }))
        .getUserMetadata(USER_ID),
    );
    for (const error of [synodic, hanko]) {
      expect(error.kind).toBe('http');
      for (const text of errorTexts(error)) expect(text).not.toContain(apiKey);
    }
  });
});
