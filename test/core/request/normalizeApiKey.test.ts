import { describe, expect, it } from 'vitest';
import { normalizeApiKey } from '../../../src/core/request/normalizeApiKey';

describe('normalizeApiKey', () => {
  it('removes the whitespace Headers would strip (space, tab, CR, LF) from both ends', () => {
    expect(normalizeApiKey(' \tsk_live_42\r\n', 'apiKey')).toBe('sk_live_42');
  });

  it('reads a missing or blank key as none', () => {
    for (const value of [undefined, null, '', ' \n']) expect(normalizeApiKey(value, 'apiKey')).toBeUndefined();
  });

  it.each([
    ['a line feed inside', 'sk_live_a\nb'],
    ['a space inside', 'sk live'],
    ['a no-break space at the end', 'sk_live_42\u00a0'],
    ['a character above U+00FF', 'sk_live_\u20194242'],
    ['a C1 control', 'sk_\u0085live'],
  ])('throws a TypeError naming the option, without the key, for %s', (_, value) => {
    expect(() => normalizeApiKey(value, 'createSynodicClient: apiKey')).toThrow(TypeError);
    try {
      normalizeApiKey(value, 'createSynodicClient: apiKey');
    } catch (error) {
      const message = (error as TypeError).message;
      expect(message).toMatch(/^createSynodicClient: apiKey /);
      expect(message).not.toContain('sk');
    }
  });

  it('throws for a key that is not a string', () => {
    expect(() => normalizeApiKey(42, 'apiKey')).toThrow(TypeError);
  });
});
