import { describe, expect, it } from 'vitest';
import { extendTypeAhead, TYPE_AHEAD_MS } from '../../../src/components/jsonTree/typeAhead';

describe('extendTypeAhead', () => {
  it('adds characters typed within half a second to the prefix', () => {
    const first = extendTypeAhead(null, 'r', 1000);
    const second = extendTypeAhead(first, 'o', 1000 + TYPE_AHEAD_MS);
    expect(first).toEqual({ prefix: 'r', at: 1000 });
    expect(second).toEqual({ prefix: 'ro', at: 1500 });
    expect(extendTypeAhead(second, 'l', 1900)).toEqual({ prefix: 'rol', at: 1900 });
  });

  it('starts a new prefix after a pause longer than half a second', () => {
    const typed = extendTypeAhead(extendTypeAhead(null, 'r', 0), 'o', 100);
    expect(extendTypeAhead(typed, 't', 100 + TYPE_AHEAD_MS + 1)).toEqual({ prefix: 't', at: 601 });
  });
});
