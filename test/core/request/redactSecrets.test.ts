import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REDACTED, redactSecrets } from '../../../src/core/request/redactSecrets';

describe('redactSecrets', () => {
  it('replaces every occurrence of every secret with [redacted]', () => {
    expect(redactSecrets('a sk_1 b sk_1 c hk_2', ['sk_1', 'hk_2'])).toBe(
      `a ${REDACTED} b ${REDACTED} c ${REDACTED}`,
    );
  });

  it('ignores empty and missing secrets', () => {
    expect(redactSecrets('plain text', ['', undefined])).toBe('plain text');
  });

  it.each([
    [']abc', ']abcabc'],
    [']abc', ']abcabcabcabc'],
    ['abc[', 'abcabcabc['],
    ['red', 'key red here'],
    ['d]x[r', 'd]x[rd]x[r'],
  ])('never lets the marker complete the secret %j (in %j)', (secret, text) => {
    const redacted = redactSecrets(text, [secret]);
    expect(redacted).not.toContain(secret);
    expect(redacted).not.toBe(text);
  });

  it('leaves no secret in the text, whatever the secrets and the text around them (property)', () => {
    const keyCharacter = fc.constantFrom(...'[]redacts_-0K'.split(''));
    const secret = fc.array(keyCharacter, { minLength: 1, maxLength: 6 }).map((chars) => chars.join(''));
    const secrets = fc.array(secret, { minLength: 1, maxLength: 2 });
    const around = fc.array(keyCharacter, { maxLength: 30 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(secrets, around, (keys, text) => {
        const redacted = redactSecrets(`${text}${keys.join('')}${text}`, keys);
        for (const key of keys) expect(redacted).not.toContain(key);
      }),
      { numRuns: 2000 },
    );
  });
});
