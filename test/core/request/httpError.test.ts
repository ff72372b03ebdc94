import { describe, expect, it } from 'vitest';
import { httpError } from '../../../src/core/request/httpError';
import type { ParsedBody } from '../../../src/core/request/parseBody';
import { hankoPolicy, KEY, received, redact, synodicPolicy } from './policies';

const json = (value: unknown) => ({ kind: 'json' as const, json: value });

describe('httpError', () => {
  it('is undefined for a 2xx answer that is not an error body', () => {
    expect(httpError(hankoPolicy, received(), json({}), redact)).toBeUndefined();
    expect(httpError(synodicPolicy, received({ status: 203 }), json({ created_at: 1 }), redact)).toBeUndefined();
  });

  it("quotes Hanko's error body in one sentence, keeping its words and code", () => {
    const body = '{"code":404,"message":"user not found"}';
    const error = httpError(hankoPolicy, received({ status: 404, text: body }), json(JSON.parse(body)), redact);
    expect(error?.message).toBe('Hanko: user not found (HTTP 404).');
    expect(error).toMatchObject({ kind: 'http', service: 'hanko', status: 404, serverMessage: 'user not found' });
    expect(error?.serverCode).toBe(404);
    expect(error?.body).toBe(body);
  });

  it("reports Synodic's legacy error body as an error even with status 200; Hanko does not", () => {
    const legacy = json({ error: 'User not found' });
    expect(httpError(synodicPolicy, received(), legacy, redact)?.message).toBe('Synodic: User not found (HTTP 200).');
    expect(httpError(hankoPolicy, received(), legacy, redact)).toBeUndefined();
    expect(httpError(synodicPolicy, received(), json({ error: 'x', created_at: 1 }), redact)).toBeUndefined();
  });

  it('falls back to a description of the status when the server said nothing usable', () => {
    const said = (status: number, parsed: ParsedBody = json(undefined)) =>
      httpError(synodicPolicy, received({ status }), parsed, redact)?.message;
    expect(said(401)).toBe('Synodic: the API key is missing or invalid (HTTP 401).');
    expect(said(418)).toBe('Synodic: the request was rejected (HTTP 418).');
    const unparsable: ParsedBody = { kind: 'invalid', error: new SyntaxError('x') };
    expect(said(503, unparsable)).toBe('Synodic: the server had an error (HTTP 503).');
    expect(said(500, json({ message: ' \u202e ' }))).toBe('Synodic: the server had an error (HTTP 500).');
  });

  it('redacts the key from the message, the server message and the body', () => {
    const words = `invalid key ${KEY}`;
    const error = httpError(hankoPolicy, received({ status: 401, text: words }), json({ message: words }), redact);
    expect(error?.message).toBe('Hanko: invalid key [redacted] (HTTP 401).');
    expect(error?.serverMessage).toBe('invalid key [redacted]');
    expect(error?.body).toBe('invalid key [redacted]');
  });
});
