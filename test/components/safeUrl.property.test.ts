import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeHref, safeHttpUrl } from '../../src/components/safeUrl';
import { urlLike } from './synodicArbitraries';

const anyInput = fc.oneof(urlLike, fc.webUrl(), fc.string({ unit: 'grapheme' }));

describe('safeUrl properties', () => {
  it('safeHttpUrl returns undefined or an absolute http(s) URL with a host, no credentials, no whitespace', () => {
    fc.assert(
      fc.property(anyInput, (value) => {
        const result = safeHttpUrl(value);
        if (result === undefined) return;
        expect(result).toMatch(/^https?:\/\/[^/\\\s]/);
        expect(result).not.toMatch(/[\s\p{Cc}\p{Cf}]/u);
        const url = new URL(result);
        expect(['http:', 'https:']).toContain(url.protocol);
        expect(url.username + url.password).toBe('');
        expect(safeHttpUrl(result)).toBe(result);
      }),
      { numRuns: 3000 },
    );
  });

  it('safeHref returns undefined, a safe absolute URL, or a path on the page’s own origin', () => {
    fc.assert(
      fc.property(anyInput, (value) => {
        const result = safeHref(value);
        if (result === undefined) return;
        if (result.startsWith('/')) {
          expect(result).not.toMatch(/^\/[/\\]/);
          expect(new URL(result, 'https://app.example').origin).toBe('https://app.example');
        } else {
          expect(safeHttpUrl(result)).toBe(result);
        }
        expect(result.toLowerCase()).not.toMatch(/^(javascript|data|vbscript|file):/);
        expect(safeHref(result)).toBe(result);
      }),
      { numRuns: 3000 },
    );
  });
});
