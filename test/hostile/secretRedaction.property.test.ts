import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ApiError, isApiError } from '../../src/core/ApiError';
import { createHankoClient } from '../../src/core/createHankoClient';
import { createSynodicClient } from '../../src/core/createSynodicClient';
import { NULL_BODY_STATUSES, status } from './arbitraries';
import { errorTexts, withoutUnhandledRejections } from './oracles';

const RUNS = 1500;

// Keys look like real ones: long, from a token alphabet. Fillers use characters keys never contain,
// so any 12-character piece of the key found in an error came from the key.
const apiKey = fc
  .array(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'.split('')), {
    minLength: 24,
    maxLength: 48,
  })
  .map((chars) => `sk_${chars.join('')}`);
// Up to 2,100 characters, so the key often straddles the 2,000-character cut of `error.body`.
const filler = fc
  .tuple(
    fc.array(fc.constantFrom(' ', '.', ':', '<', '>', '/', '"', '{', '}', '\n', 'é', '😀'), {
      minLength: 1,
      maxLength: 8,
    }),
    fc.integer({ min: 0, max: 2100 }),
  )
  .map(([chars, length]) =>
    chars
      .join('')
      .repeat(Math.ceil(length / chars.length))
      .slice(0, length),
  );

/** Ways a server (or a proxy's debug page) echoes the key it received. */
type Echo = (key: string, before: string, after: string) => string;
const ECHOES: Echo[] = [
  (key, before, after) => JSON.stringify({ code: 401, message: `${before}${key}${after}` }),
  (key, before) => JSON.stringify({ error: `invalid key ${key}`, hint: before }),
  (key) => JSON.stringify({ message: 'unauthorized', [key]: true }),
  (key, before, after) => `<!DOCTYPE html><html><body>${before}<pre>x-api-key: ${key}</pre>${after}</body></html>`,
  (key, before, after) => `${before}${key}${after}`,
  (key, before) => `${before}${key}${key}${key}`,
  (key, before) => `{"message":"${before.replace(/["\\\n]/g, '')}${key}`, // truncated JSON
  (key) => `Authorization: Bearer ${key}`,
];

const scenario = fc.record({
  service: fc.constantFrom('synodic' as const, 'hanko' as const),
  key: apiKey,
  padding: fc.constantFrom('', ' ', '\t'),
  status,
  echo: fc.integer({ min: 0, max: ECHOES.length - 1 }),
  before: filler,
  after: filler,
  keyInContentType: fc.boolean(),
});

describe('API key redaction (property)', () => {
  it(`a key the server echoes back never appears in any part of the error, whole or in pieces (${RUNS} runs)`, async () => {
    let runs = 0;
    let errors = 0;
    await withoutUnhandledRejections(() =>
      fc.assert(
        fc.asyncProperty(scenario, async (s) => {
          runs += 1;
          const echo = ECHOES[s.echo] as Echo;
          const body = NULL_BODY_STATUSES.has(s.status) ? null : echo(s.key, s.before, s.after);
          const headers: [string, string][] = [
            ['content-type', s.keyInContentType ? `text/plain; key=${s.key}` : 'application/json'],
            ['www-authenticate', `Bearer error="invalid_token", token="${s.key}"`],
          ];
          const fetch = async () => new Response(body, { status: s.status, headers });
          const apiKeyWithPadding = `${s.padding}${s.key}${s.padding}`;
          let error: unknown;
          try {
            if (s.service === 'synodic') await createSynodicClient({ apiKey: apiKeyWithPadding, fetch }).getUser('ana');
            else
              await createHankoClient({
                baseUrl: 'https://t.hanko.io/admin',
                apiKey: apiKeyWithPadding,
                fetch,
              }).getUserMetadata('3f2504e0-4f89-41d3-9a0c-0305e82c3301');
          } catch (caught) {
            error = caught;
          }
          // A 2xx whose body happens to be valid data (Hanko's `{}`-like answers, a 204) is not an error.
          if (error === undefined) return;
          expect(isApiError(error)).toBe(true);
          errors += 1;
          const pieces = Array.from({ length: s.key.length - 11 }, (_, index) => s.key.slice(index, index + 12));
          // One assertion per run: vitest's expect costs more than the check itself.
          const leaks = errorTexts(error as ApiError).flatMap((text) => pieces.filter((piece) => text.includes(piece)));
          expect(leaks).toEqual([]);
        }),
        { numRuns: RUNS },
      ),
    );
    expect(runs).toBeGreaterThanOrEqual(RUNS);
    // Most cases must end in an error, or the property would be checking nothing.
    expect(errors).toBeGreaterThan(RUNS * 0.6);
  }, 60_000);
});
