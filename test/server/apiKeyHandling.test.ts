// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createUserMetadataHandler,
  type UserMetadataHandlerOptions,
  type UserMetadataProxyErrorEvent,
} from '../../src/server/index';
import { type FakeUpstream, letLoopbackThrough, startFakeUpstream, USER_ID } from './proxyTestServers';

// API keys as deployments hand them to the proxy: from a secrets file with a trailing newline, or
// broken by a stray line break, or shaped so that the redaction marker completes them.

let hanko: FakeUpstream;
let errors: UserMetadataProxyErrorEvent[];

beforeAll(async () => {
  hanko = await startFakeUpstream();
});

beforeEach(() => {
  letLoopbackThrough();
  hanko.requests.length = 0;
  errors = [];
});

afterAll(async () => {
  await hanko.close();
});

function handlerWithHankoKey(apiKey: string, options: Partial<UserMetadataHandlerOptions> = {}) {
  return createUserMetadataHandler({
    hanko: { baseUrl: `${hanko.origin}/admin`, apiKey },
    authorize: () => true,
    onError: (event) => errors.push(event),
    ...options,
  });
}

const metadataRequest = () => new Request(`http://app.test/api/hanko/users/${USER_ID}/metadata`);

describe('the proxy and its API keys', () => {
  it('withholds an upstream echo of a key that was configured with a trailing newline', async () => {
    const key = 'hk_live_FROM-A-SECRETS-FILE-5a1f';
    // A debug endpoint that echoes the Authorization header it received.
    hanko.reply = (res, request) => {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: 401, message: `bad credentials: ${request.headers.authorization}` }));
    };
    const response = await handlerWithHankoKey(`${key}\n`)(metadataRequest());
    expect(hanko.requests[0]?.headers.authorization).toBe(`Bearer ${key}`);
    const body = await response.text();
    expect(body).not.toContain(key);
    expect(response.status).toBe(502);
    expect(errors.map((event) => event.kind)).toEqual(['key-in-response']);
  });

  it.each([
    ['a line feed', 'hk_live_a\nb_4242'],
    ['a carriage return', 'hk_live_a\rb_4242'],
    ['a typographic apostrophe', 'hk_live_\u20194242'],
  ])('refuses a key with %s at creation, with a message that never contains it', (_, apiKey) => {
    let thrown: unknown;
    try {
      handlerWithHankoKey(apiKey);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    const message = (thrown as TypeError).message;
    expect(message).toMatch(/hanko\.apiKey/);
    for (const piece of apiKey.split(/[\n\r\u2019]/)) expect(message).not.toContain(piece);
  });

  it.each([
    ['starts with "]"', ']abc_live_key', `]${'abc_live_key'.repeat(4)}`],
    ['ends with "["', 'hk_live_abc[', `${'hk_live_abc'.repeat(4)}[`],
  ])('keeps a key that %s out of onError messages, however often a marker completes it', async (_, apiKey, echoed) => {
    const handler = handlerWithHankoKey(apiKey, {
      authorize: () => {
        throw new Error(`session store said: ${echoed}`);
      },
    });
    const response = await handler(metadataRequest());
    expect(response.status).toBe(500);
    expect(errors).toHaveLength(1);
    // The marker used instead of `[redacted]` for keys it could complete.
    expect(errors[0]?.message).toMatch(/^authorize threw: Error: session store said: .*•••/);
    expect(errors[0]?.message).not.toContain(apiKey);
  });
});
