import { describe, expect, it } from 'vitest';
import { parseError } from '../../../src/core/request/parseError';
import { hankoPolicy, KEY, received, redact, synodicPolicy } from './policies';

const MAX = 8 * 1024 * 1024;

describe('parseError', () => {
  it('is undefined for a body that parsed', () => {
    expect(parseError(hankoPolicy, received(), { kind: 'json', json: undefined }, redact, MAX)).toBeUndefined();
  });

  it('names the size cap for a body over it', () => {
    const error = parseError(synodicPolicy, received({ text: '[[[' }), { kind: 'too-large' }, redact, MAX);
    expect(error?.message).toBe('Synodic: an answer over 8 MB (HTTP 200).');
    expect(error).toMatchObject({ kind: 'parse', status: 200, body: '[[[' });
    expect(error?.cause).toBeUndefined();
  });

  it('tells an HTML page from other invalid JSON by its content type', () => {
    const invalid = { kind: 'invalid' as const, error: new SyntaxError('Unexpected token') };
    const html = received({ status: 502, contentType: 'text/HTML; charset=utf-8', text: '<html>' });
    expect(parseError(hankoPolicy, html, invalid, redact, MAX)?.message).toBe(
      'Hanko: an HTML page instead of JSON (HTTP 502).',
    );
    const plain = received({ contentType: null, text: 'oops' });
    const error = parseError(hankoPolicy, plain, invalid, redact, MAX);
    expect(error?.message).toBe('Hanko: invalid JSON (HTTP 200).');
    expect(error?.contentType).toBeUndefined();
  });

  it('keeps the parse error as cause, with the key redacted from its message', () => {
    const thrown = new SyntaxError(`Unexpected token in "${KEY}"`);
    const answer = received({ contentType: `text/plain; k=${KEY}`, text: KEY });
    const error = parseError(synodicPolicy, answer, { kind: 'invalid', error: thrown }, redact, MAX);
    expect(error?.cause).toBeInstanceOf(SyntaxError);
    expect((error?.cause as SyntaxError).message).toBe('Unexpected token in "[redacted]"');
    expect(error?.contentType).toBe('text/plain; k=[redacted]');
    expect(error?.body).toBe('[redacted]');
  });
});
