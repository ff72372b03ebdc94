import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonPreview } from '../../../src/components/metadataEditor/jsonPreview';
import { stringifyExactJson } from '../../../src/core/stringifyExactJson';
import { exactNumber } from '../../../src/core/exactNumber';
import { jsonValue } from '../../core/metadataArbitraries';

describe('jsonPreview', () => {
  it('is stringifyExactJson when the text fits, and its first `limit` characters and … when not', () => {
    fc.assert(
      fc.property(jsonValue, fc.integer({ min: 0, max: 120 }), (value, limit) => {
        const whole = stringifyExactJson(value);
        expect(jsonPreview(value, limit)).toBe(whole.length <= limit ? whole : `${whole.slice(0, limit)}…`);
      }),
      { numRuns: 500 },
    );
  });

  it('writes exact numbers, empty containers and undefined members as stringifyExactJson does', () => {
    const value = { a: [exactNumber('1.0'), undefined, {}], b: undefined, c: [] };
    expect(jsonPreview(value, 100)).toBe('{"a":[1.0,null,{}],"c":[]}');
  });

  it('reads a large value only as far as the limit', () => {
    const items = Array.from({ length: 100_000 }, (_, index) => ({ index, name: `item ${index}` }));
    let read = 0;
    const large = new Proxy(items, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) read++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const text = jsonPreview(large, 1_000);
    expect(text).toBe(`${stringifyExactJson(items).slice(0, 1_000)}…`);
    // About 30 items make a kilobyte.
    expect(read).toBeLessThan(100);
  });
});
