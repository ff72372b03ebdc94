import { afterEach, describe, expect, it, vi } from 'vitest';
import { isExactNumber } from '../../../src/core/exactJson';

type ParserModule = typeof import('../../../src/components/metadataEditor/losslessParser');

// The loader keeps what it loaded in its module: each test starts from a fresh copy of it.
async function freshParser(): Promise<ParserModule> {
  vi.resetModules();
  return import('../../../src/components/metadataEditor/losslessParser');
}

afterEach(() => {
  vi.doUnmock('../../../src/core/parseLosslessly');
});

describe('readJsonText and loadLosslessParser', () => {
  it('reads JSON without the lossless parser when JSON.parse keeps every number', async () => {
    vi.doMock('../../../src/core/parseLosslessly', () => {
      throw new Error('loaded for plain numbers');
    });
    const { readJsonText } = await freshParser();
    expect(readJsonText('{"a":[1,2.5,-3e-7],"b":"1.0"}')).toEqual({ ok: true, value: { a: [1, 2.5, -3e-7], b: '1.0' } });
    expect(readJsonText('{"a":')).toEqual({ ok: false, reason: 'invalid-json' });
  });

  it('asks for the parser for a number JSON.parse would change, and reads it exactly once loaded', async () => {
    const { loadLosslessParser, readJsonText } = await freshParser();
    expect(readJsonText('[9007199254740993]')).toEqual({ ok: false, reason: 'needs-parser' });
    await loadLosslessParser();
    const reading = readJsonText('[9007199254740993, 1]');
    expect(reading.ok && Array.isArray(reading.value) && reading.value.map(String)).toEqual(['9007199254740993', '1']);
    expect(reading.ok && Array.isArray(reading.value) && isExactNumber(reading.value[0])).toBe(true);
  });

  it('leaves an exact number typed waiting for the parser, and plain numbers not', async () => {
    const { NEEDS_PARSER } = await freshParser();
    const { parseValueInput } = await import('../../../src/components/metadataEditor/jsonValueType');
    expect(parseValueInput('number', '1.0')).toEqual({ ok: false, problem: NEEDS_PARSER });
    expect(parseValueInput('number', ' 42 ')).toEqual({ ok: true, value: 42 });
    expect(parseValueInput('number', '-1.5')).toEqual({ ok: true, value: -1.5 });
  });

  it('loads once for callers that ask while it is loading', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const factory = vi.fn(async () => {
      await gate;
      return { parseLosslessly: (text: string) => `exact ${text}` };
    });
    vi.doMock('../../../src/core/parseLosslessly', factory);
    const { loadLosslessParser, readJsonText } = await freshParser();
    const first = loadLosslessParser();
    const second = loadLosslessParser();
    expect(readJsonText('1.0')).toEqual({ ok: false, reason: 'needs-parser' });
    release();
    await Promise.all([first, second]);
    expect(factory).toHaveBeenCalledTimes(1);
    expect(readJsonText('1.0')).toEqual({ ok: true, value: 'exact 1.0' });
  });

  it('rejects when the parser fails to load, and tries again on the next call', async () => {
    let fail = true;
    vi.doMock('../../../src/core/parseLosslessly', () => {
      if (fail) throw new Error('offline');
      return { parseLosslessly: (text: string) => `exact ${text}` };
    });
    const { loadLosslessParser, readJsonText } = await freshParser();
    await expect(loadLosslessParser()).rejects.toThrow();
    expect(readJsonText('1.0')).toEqual({ ok: false, reason: 'needs-parser' });
    fail = false;
    vi.resetModules();
    await loadLosslessParser();
    expect(readJsonText('1.0')).toEqual({ ok: true, value: 'exact 1.0' });
  });
});
