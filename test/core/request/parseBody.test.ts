import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/core/ApiError';
import { parseBody } from '../../../src/core/request/parseBody';
import { received } from './policies';

const parseJson = (text: string): unknown => JSON.parse(text);

describe('parseBody', () => {
  it('parses JSON with the parse function it is given', async () => {
    expect(await parseBody(received({ text: '{"a":[1,2]}' }), parseJson)).toEqual({ kind: 'json', json: { a: [1, 2] } });
    const upperCase = await parseBody(received({ text: 'x' }), (text) => text.toUpperCase());
    expect(upperCase).toEqual({ kind: 'json', json: 'X' });
  });

  it('waits for a parse function that returns a promise', async () => {
    const parsed = await parseBody(received({ text: '[1]' }), async (text) => parseJson(text));
    expect(parsed).toEqual({ kind: 'json', json: [1] });
    const rejected = await parseBody(received({ text: '<html>' }), async (text) => parseJson(text));
    expect(rejected.kind).toBe('invalid');
  });

  it('reads an empty or blank body as no JSON, not as an error', async () => {
    for (const text of ['', ' \n\t']) {
      expect(await parseBody(received({ text }), parseJson)).toEqual({ kind: 'json', json: undefined });
    }
  });

  it('does not parse a body cut at the size cap', async () => {
    let called = false;
    const parsed = await parseBody(received({ text: '{}', complete: false }), (text) => {
      called = true;
      return text;
    });
    expect(parsed).toEqual({ kind: 'too-large' });
    expect(called).toBe(false);
  });

  it('keeps the error of a body that does not parse', async () => {
    const parsed = await parseBody(received({ text: '<html>' }), parseJson);
    expect(parsed.kind).toBe('invalid');
    expect(parsed.kind === 'invalid' && parsed.error).toBeInstanceOf(SyntaxError);
  });

  it('passes on an ApiError the parse function throws', async () => {
    const error = new ApiError({ kind: 'network', service: 'hanko', message: 'Could not reach Hanko.' });
    await expect(
      parseBody(received({ text: '{}' }), () => {
        throw error;
      }),
    ).rejects.toBe(error);
  });
});
