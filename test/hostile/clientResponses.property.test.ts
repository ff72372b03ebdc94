import { isExactNumber } from '../../src/core/exactJson';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ApiErrorKind, isApiError } from '../../src/core/ApiError';
import { createHankoClient } from '../../src/core/createHankoClient';
import { createSynodicClient } from '../../src/core/createSynodicClient';
import { hankoUserMetadataSchema, synodicUserSchema } from '../../src/core/schemas';
import {
  type BodySpec,
  bodySpec,
  expectedText,
  hankoLikeText,
  isAbortLike,
  makeBody,
  NULL_BODY_STATUSES,
  responseHeaders,
  status,
  synodicLikeText,
  thrownValue,
} from './arbitraries';
import {
  CATEGORIES,
  expectApiError,
  isPlainJsonObject,
  isSynodicErrorBody,
  isValidHankoMetadata,
  isValidSynodicUser,
  withoutUnhandledRejections,
} from './oracles';
import { recordingFetch } from './recordingFetch';

// Runs in jsdom on purpose: there `DOMException` is jsdom's and not an `Error`, as in some test
// setups apps use, so abort detection cannot lean on `instanceof`.

const HANKO_BASE = 'https://tenant.hanko.io/admin';
const USER_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const SYNODIC_RUNS = 2500;
const HANKO_RUNS = 2500;
const FAILING_FETCH_RUNS = 1200;

/** What the fake server or network does with the request. */
type Scenario =
  | {
      readonly type: 'respond';
      readonly status: number;
      readonly headers: [string, string][];
      readonly body: BodySpec;
      readonly delay: boolean;
    }
  | { readonly type: 'network-error-response' }
  | { readonly type: 'throw'; readonly value: unknown; readonly sync: boolean }
  | { readonly type: 'abort-during'; readonly reason: unknown; readonly withReason: boolean }
  | { readonly type: 'aborted-before' };

const respond = (shaped: fc.Arbitrary<string>): fc.Arbitrary<Scenario> =>
  fc
    // A late answer (next macrotask) now and then; each costs ~1 ms of timer, so most answer at once.
    .record({
      status,
      headers: responseHeaders,
      body: bodySpec(shaped),
      delay: fc.integer({ min: 0, max: 7 }).map((n) => n === 0),
    })
    .map(({ status: code, headers, body, delay }) => ({
      type: 'respond' as const,
      status: code,
      headers,
      body: NULL_BODY_STATUSES.has(code) ? { type: 'none' as const } : body,
      delay,
    }));

const failingFetch: fc.Arbitrary<Scenario> = fc.oneof(
  fc.record({ type: fc.constant('throw' as const), value: thrownValue, sync: fc.boolean() }),
  fc.record({ type: fc.constant('abort-during' as const), reason: thrownValue, withReason: fc.boolean() }),
  fc.constant({ type: 'aborted-before' as const }),
  fc.constant({ type: 'network-error-response' as const }),
);

const apiKey = fc
  .array(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'.split('')), {
    minLength: 24,
    maxLength: 40,
  })
  .map((chars) => `sk_${chars.join('')}`);

/** A `fetch` that plays `scenario`, and the signal to pass (aborted when the scenario says so). */
function stage(scenario: Scenario): {
  fetch: typeof globalThis.fetch;
  calls: unknown[];
  signal: AbortSignal | undefined;
} {
  const controller = new AbortController();
  const { fetch, calls } = recordingFetch(async (_input, init) => {
    switch (scenario.type) {
      case 'respond': {
        const response = new Response(makeBody(scenario.body), {
          status: scenario.status,
          headers: scenario.headers,
        });
        return scenario.delay
          ? new Promise((resolve) => setTimeout(() => resolve(response), 0))
          : Promise.resolve(response);
      }
      case 'network-error-response':
        return Response.error();
      case 'throw':
        throw scenario.value;
      case 'abort-during':
        // Like a real fetch: pending until the signal fires, then rejecting with its reason.
        return new Promise((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
          queueMicrotask(() => (scenario.withReason ? controller.abort(scenario.reason) : controller.abort()));
        });
      case 'aborted-before':
        throw new Error('fetch must not be called with an aborted signal');
    }
  });
  if (scenario.type === 'aborted-before') controller.abort();
  const withSignal = scenario.type === 'aborted-before' || scenario.type === 'abort-during';
  // A wrapper that throws before returning a promise, as a non-async fetch shim can.
  const syncThrowing: typeof globalThis.fetch = (input, init) => {
    if (scenario.type === 'throw' && scenario.sync) {
      calls.push([input, init]);
      throw scenario.value;
    }
    return fetch(input, init);
  };
  return { fetch: syncThrowing, calls, signal: withSignal ? controller.signal : undefined };
}

/** The outcome the docs call for, decided from the scenario alone. */
type Expected = { readonly kind: ApiErrorKind; readonly status?: number } | { readonly json: unknown };

function expectedOutcome(scenario: Scenario, service: 'synodic' | 'hanko'): Expected {
  switch (scenario.type) {
    case 'aborted-before':
    case 'abort-during':
      return { kind: 'aborted' };
    case 'throw':
      return { kind: isAbortLike(scenario.value) ? 'aborted' : 'network' };
    case 'network-error-response':
      return { kind: 'network' };
    case 'respond': {
      const ok = scenario.status >= 200 && scenario.status <= 299;
      // Read up to the size cap, then reported: as the HTTP error it is, or as an unreadable answer.
      if (scenario.body.type === 'endless') return { kind: ok ? 'parse' : 'http', status: scenario.status };
      const text = expectedText(scenario.body);
      if (text === undefined) {
        const error = scenario.body.type === 'erroring' ? scenario.body.error : undefined;
        return { kind: isAbortLike(error) ? 'aborted' : 'network' };
      }
      if (scenario.status < 200 || scenario.status > 299) return { kind: 'http', status: scenario.status };
      if (text.trim() === '') return service === 'hanko' ? { json: null } : { kind: 'validation' };
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        return { kind: 'parse', status: scenario.status };
      }
      if (service === 'synodic') {
        if (isSynodicErrorBody(json)) return { kind: 'http', status: scenario.status };
        return isValidSynodicUser(json) ? { json } : { kind: 'validation', status: scenario.status };
      }
      return isValidHankoMetadata(json) ? { json } : { kind: 'validation', status: scenario.status };
    }
  }
}

async function settle<T>(promise: Promise<T>): Promise<{ value: T } | { error: unknown }> {
  try {
    return { value: await promise };
  } catch (error) {
    return { error };
  }
}

function checkError(
  result: { value: unknown } | { error: unknown },
  service: 'synodic' | 'hanko',
  expected: { kind: ApiErrorKind; status?: number },
  key: string,
): void {
  expect('error' in result, `expected a ${expected.kind} error, got data`).toBe(true);
  if (!('error' in result)) return;
  expectApiError(result.error, service, expected.kind);
  if (expected.status !== undefined) expect(result.error.status).toBe(expected.status);
  if (expected.kind === 'validation') expect(result.error.issues?.length).toBeGreaterThan(0);
  if (expected.kind === 'http' || expected.kind === 'parse')
    expect((result.error.body ?? '').length).toBeLessThanOrEqual(2000);
  expect(JSON.stringify(result.error)).not.toContain(key);
  expect(result.error.message).not.toContain(key);
  // Apps show the message (ErrorState does): one short line, without control characters and without
  // bidi controls that could reorder it.
  expect(result.error.message).not.toMatch(/[\u0000-\u001f\u202a-\u202e\u2066-\u2069]/);
  expect(result.error.message.length).toBeLessThan(400);
}

/** Synodic data: passes the schema, and every field the server sent is there unchanged. */
function checkSynodicUser(value: unknown, json: unknown): void {
  expect(synodicUserSchema['~standard'].validate(value)).not.toHaveProperty('issues');
  expect(isValidSynodicUser(value)).toBe(true);
  const user = value as Record<string, unknown>;
  const sent = json as Record<string, unknown>;
  expect(user.repositories).toEqual(Object.hasOwn(sent, 'repositories') ? sent.repositories : []);
  // `__proto__` is an unknown field and zod leaves it out; everything else the API sent is kept.
  for (const key of Object.keys(sent)) {
    if (key === '__proto__') continue;
    expect(Object.hasOwn(user, key), `field ${JSON.stringify(key)} kept`).toBe(true);
    expect(JSON.stringify(user[key])).toBe(JSON.stringify(sent[key]));
  }
  expect(Object.getPrototypeOf(user)).toBe(Object.prototype);
}

/** Hanko data: null when no category has members; otherwise exactly the non-empty categories, keys and order intact. */
function checkHankoMetadata(value: unknown, json: unknown): void {
  const sent = (json ?? {}) as Record<string, unknown>;
  const nonEmpty = CATEGORIES.filter((category) => {
    const member = Object.hasOwn(sent, category) ? sent[category] : undefined;
    return isPlainJsonObject(member) && Object.keys(member).length > 0;
  });
  if (nonEmpty.length === 0) {
    expect(value).toBeNull();
    return;
  }
  expect(isPlainJsonObject(value)).toBe(true);
  const metadata = value as Record<string, unknown>;
  expect(Object.keys(metadata).sort()).toEqual([...nonEmpty].sort());
  expect(hankoUserMetadataSchema['~standard'].validate(metadata)).not.toHaveProperty('issues');
  for (const category of nonEmpty) {
    const got = metadata[category] as Record<string, unknown>;
    const want = sent[category] as Record<string, unknown>;
    expect(Object.getPrototypeOf(got)).toBe(Object.prototype);
    // Every key the user stored is visible, `__proto__` included: hiding one would mislead an admin.
    expect(Object.keys(got)).toEqual(Object.keys(want));
    // A number JSON.parse would change arrives exact; as a number it is the value JSON.parse read.
    expect(JSON.stringify(got, asParsedNumber)).toBe(JSON.stringify(want));
  }
}

/** A JSON.stringify replacer: each ExactNumber as the number its text denotes, after checking it needed to be exact. */
function asParsedNumber(_key: string, value: unknown): unknown {
  if (!isExactNumber(value)) return value;
  expect(String(Number.parseFloat(value.value))).not.toBe(value.value);
  return Number.parseFloat(value.value);
}

describe('clients against any response (property)', () => {
  it(`Synodic getUser ends in a valid user or an ApiError of the right kind (${SYNODIC_RUNS} runs)`, async () => {
    let runs = 0;
    await withoutUnhandledRejections(() =>
      fc.assert(
        fc.asyncProperty(
          fc.oneof({ arbitrary: respond(synodicLikeText), weight: 9 }, failingFetch),
          apiKey,
          async (scenario, key) => {
            runs += 1;
            const { fetch, calls, signal } = stage(scenario);
            const client = createSynodicClient({ apiKey: key, fetch });
            const result = await settle(client.getUser('octocat', { signal }));
            const expected = expectedOutcome(scenario, 'synodic');
            if ('json' in expected) {
              if ('error' in result) throw result.error;
              checkSynodicUser(result.value, expected.json);
            } else {
              checkError(result, 'synodic', expected, key);
            }
            expect(calls).toHaveLength(scenario.type === 'aborted-before' ? 0 : 1);
          },
        ),
        { numRuns: SYNODIC_RUNS },
      ),
    );
    expect(runs).toBeGreaterThanOrEqual(SYNODIC_RUNS);
  }, 60_000);

  it(`Hanko getUserMetadata ends in null, valid metadata or an ApiError of the right kind (${HANKO_RUNS} runs)`, async () => {
    let runs = 0;
    await withoutUnhandledRejections(() =>
      fc.assert(
        fc.asyncProperty(
          fc.oneof({ arbitrary: respond(hankoLikeText), weight: 9 }, failingFetch),
          apiKey,
          async (scenario, key) => {
            runs += 1;
            const { fetch, signal } = stage(scenario);
            const client = createHankoClient({ baseUrl: HANKO_BASE, apiKey: key, fetch });
            const result = await settle(client.getUserMetadata(USER_ID, { signal }));
            const expected = expectedOutcome(scenario, 'hanko');
            if ('json' in expected) {
              if ('error' in result) throw result.error;
              checkHankoMetadata(result.value, expected.json);
            } else {
              checkError(result, 'hanko', expected, key);
            }
          },
        ),
        { numRuns: HANKO_RUNS },
      ),
    );
    expect(runs).toBeGreaterThanOrEqual(HANKO_RUNS);
  }, 60_000);

  it(`a fetch that throws anything, or is aborted, rejects with a network or aborted ApiError (${FAILING_FETCH_RUNS} runs)`, async () => {
    let runs = 0;
    await withoutUnhandledRejections(() =>
      fc.assert(
        fc.asyncProperty(
          failingFetch,
          fc.constantFrom('synodic' as const, 'hanko' as const),
          async (scenario, service) => {
            runs += 1;
            const { fetch, signal } = stage(scenario);
            const result =
              service === 'synodic'
                ? await settle(createSynodicClient({ fetch }).getUser('octocat', { signal }))
                : await settle(createHankoClient({ baseUrl: HANKO_BASE, fetch }).getUserMetadata(USER_ID, { signal }));
            const expected = expectedOutcome(scenario, service);
            expect('error' in result).toBe(true);
            if (!('error' in result) || 'json' in expected) return;
            expectApiError(result.error, service, expected.kind);
            expect(isApiError(result.error)).toBe(true);
            expect(result.error).not.toBeInstanceOf(TypeError);
          },
        ),
        { numRuns: FAILING_FETCH_RUNS },
      ),
    );
    expect(runs).toBeGreaterThanOrEqual(FAILING_FETCH_RUNS);
  }, 60_000);
});
