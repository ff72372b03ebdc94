import { describe, expect, it } from 'vitest';
import { parseBody } from '../../../src/core/request/parseBody';
import { received } from './policies';

const parseJson = (text: string): unknown => JSON.parse(text);

describe('parseBody', () => {
  it('parses JSON with the parse function it is given', () => {
    expect(parseBody(received({ text: '{"a":[1,2]}' }), parseJson)).toEqual({ kind: 'json', json: { a: [1, 2] } });
    const upperCase = parseBody(received({ text: 'x' }), (text) => text.toUpperCase());
    expect(upperCase).toEqual({ kind: 'json', json: 'X' });
  });

  it('reads an empty or blank body as no JSON, not as an error', () => {
    for (const text of ['', ' \n\t']) {
      expect(parseBody(received({ text }), parseJson)).toEqual({ kind: 'json', json: undefined });
    }
  });

  it('does not parse a body cut at the size cap', () => {
    let called = false;
    const parsed = parseBody(received({ text: '{}', complete: false }), (text) => {
      called = true;
      return text;
    });
    expect(parsed).toEqual({ kind: 'too-large' });
    expect(called).toBe(false);
  });

  it('keeps the error of a body that does not parse', () => {
    const parsed = parseBody(received({ text: '<html>' }), parseJson);
    expect(parsed.kind).toBe('invalid');
    expect(parsed.kind === 'invalid' && parsed.error).toBeInstanceOf(SyntaxError);
  });
});
