import { describe, expect, it } from 'vitest';
import { isExactNumber, stringifyExactJson } from '../../src/core/exactJson';
import { parseExactJson } from '../../src/core/parseExactJson';
import { readExactJson } from '../../src/core/readExactJson';

const EXACT = ['9223372036854775807', '9007199254740993', '1e400', '1.0', '-0', '0.1000000000000000055511151231257827'];

describe('readExactJson', () => {
  it.each(EXACT)('loads the lossless parser for %s and keeps it exact, byte for byte', async (text) => {
    const json = `{"n":${text},"list":[${text},null],"s":"${text}"}`;
    const read = (await readExactJson(json)) as { n: unknown; list: unknown[] };
    expect(isExactNumber(read.n)).toBe(true);
    expect(isExactNumber(read.list[0])).toBe(true);
    expect(stringifyExactJson(read)).toBe(json);
    expect(read).toEqual(parseExactJson(json));
  });

  it('reads text whose numbers all survive JSON.parse as JSON.parse does', async () => {
    const json = '{"a":[1,-2.5,1e+21,0],"b":"9007199254740993 in a string","c":{"d":null}}';
    const read = await readExactJson(json);
    expect(read).toEqual(JSON.parse(json));
    expect(stringifyExactJson(read)).toBe(JSON.stringify(JSON.parse(json)));
  });

  it('rejects invalid JSON with a SyntaxError', async () => {
    await expect(readExactJson('{"a":1.0,}')).rejects.toThrow(SyntaxError);
    await expect(readExactJson('<html>')).rejects.toThrow(SyntaxError);
  });
});
