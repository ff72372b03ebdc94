import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHankoClient } from '../../src/core/createHankoClient';
import { createSynodicClient } from '../../src/core/createSynodicClient';
import { hostileString, TRICKY_CHARACTERS, TRICKY_FRAGMENTS } from './arbitraries';
import { expectApiError, withoutUnhandledRejections } from './oracles';
import { recordingFetch } from './recordingFetch';

const USERNAME_RUNS = 1500;
const USER_ID_RUNS = 1000;

const ok = () => new Response('{"created_at":1}', { headers: { 'content-type': 'application/json' } });

// Names that try to leave the `/v0/` segment once a URL parser has normalised them.
const traversals = fc.constantFrom(
  '..',
  '.',
  ' .. ',
  '\t.\n',
  '%2e%2e',
  '%2E.',
  '.%2e',
  '..%2f..%2fadmin',
  '../admin',
  '..\\admin',
  'a/../../b',
  '/etc/passwd',
  '?x=1',
  '#frag',
  '@evil.example',
  '//evil.example/x',
  'http://evil.example',
  '%00',
  '\uff0e\uff0e', // full-width dots
  '\u2024\u2024', // one-dot leaders
);

const username = fc.oneof(
  { arbitrary: traversals, weight: 3 },
  { arbitrary: hostileString(40), weight: 6 },
  { arbitrary: fc.string({ unit: 'binary', minLength: 250, maxLength: 270 }), weight: 1 },
  {
    arbitrary: fc
      .array(fc.constantFrom(...TRICKY_CHARACTERS, ...TRICKY_FRAGMENTS, ' ', 'a'), { maxLength: 8 })
      .map((parts) => parts.join('')),
    weight: 3,
  },
);

/** What the docs promise to accept: non-blank, short, no control characters, well-formed, not a dot segment. */
function shouldAccept(name: string): boolean {
  const trimmed = name.trim();
  return (
    trimmed.length > 0 &&
    name.length <= 256 &&
    !/[\u0000-\u001f\u007f]/.test(name) &&
    !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(name) &&
    trimmed !== '.' &&
    trimmed !== '..'
  );
}

const uuidLike = fc.oneof(
  { arbitrary: fc.uuid(), weight: 3 },
  { arbitrary: fc.uuid().map((id) => id.toUpperCase()), weight: 1 },
  {
    arbitrary: fc
      .tuple(fc.uuid(), fc.constantFrom('{#}', 'urn:uuid:#', ' #', '#\n', '#/..', '../#', '#?x', '#%00', '#\u200b'))
      .map(([id, wrap]) => wrap.replace('#', id)),
    weight: 3,
  },
  { arbitrary: hostileString(40), weight: 3 },
);

describe('clients against any identifier (property)', () => {
  it(`a Synodic username becomes exactly one encoded path segment, or invalid-input with no request (${USERNAME_RUNS} runs)`, async () => {
    let runs = 0;
    await withoutUnhandledRejections(() =>
      fc.assert(
        fc.asyncProperty(
          username,
          fc.constantFrom('https://api.synodic.ai/v0', 'https://app.example.com/api/synodic/'),
          async (name, baseUrl) => {
            runs += 1;
            const { fetch, calls } = recordingFetch(async () => ok());
            const client = createSynodicClient({ baseUrl, fetch });
            let error: unknown;
            try {
              await client.getUser(name);
            } catch (caught) {
              error = caught;
            }
            if (!shouldAccept(name)) {
              expectApiError(error, 'synodic', 'invalid-input');
              expect(calls).toHaveLength(0);
              return;
            }
            expect(error).toBeUndefined();
            expect(calls).toHaveLength(1);
            const sent = new URL(String(calls[0]?.[0]));
            const base = new URL(baseUrl);
            const prefix = base.pathname.replace(/\/+$/, '');
            expect(sent.origin).toBe(base.origin);
            expect(sent.search).toBe('');
            expect(sent.hash).toBe('');
            expect(sent.pathname.startsWith(`${prefix}/`)).toBe(true);
            const segment = sent.pathname.slice(prefix.length + 1);
            expect(segment).not.toContain('/');
            expect(segment.length).toBeGreaterThan(0);
            expect(decodeURIComponent(segment)).toBe(name.trim());
            expect(['.', '..']).not.toContain(decodeURIComponent(segment));
          },
        ),
        { numRuns: USERNAME_RUNS },
      ),
    );
    expect(runs).toBeGreaterThanOrEqual(USERNAME_RUNS);
  }, 60_000);

  it(`a Hanko user id is sent only in canonical UUID form, else invalid-input with no request (${USER_ID_RUNS} runs)`, async () => {
    let runs = 0;
    await withoutUnhandledRejections(() =>
      fc.assert(
        fc.asyncProperty(uuidLike, async (id) => {
          runs += 1;
          const { fetch, calls } = recordingFetch(async () => new Response(null, { status: 204 }));
          const client = createHankoClient({ baseUrl: 'https://tenant.hanko.io/admin/', fetch });
          let error: unknown;
          let result: unknown;
          try {
            result = await client.getUserMetadata(id);
          } catch (caught) {
            error = caught;
          }
          if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
            expectApiError(error, 'hanko', 'invalid-input');
            expect(calls).toHaveLength(0);
            return;
          }
          expect(error).toBeUndefined();
          expect(result).toBeNull();
          const sent = new URL(String(calls[0]?.[0]));
          expect(sent.origin).toBe('https://tenant.hanko.io');
          expect(sent.pathname).toBe(`/admin/users/${id.toLowerCase()}/metadata`);
          expect(sent.search + sent.hash).toBe('');
        }),
        { numRuns: USER_ID_RUNS },
      ),
    );
    expect(runs).toBeGreaterThanOrEqual(USER_ID_RUNS);
  }, 60_000);
});
