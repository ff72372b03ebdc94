import { afterEach, describe, expect, it, vi } from 'vitest';
import { LARGE_PASTE, readPastedJson } from '../../../src/components/metadataEditor/readPastedJson';
import { isExactNumber } from '../../../src/core/exactJson';

/** A JSON array text of at least LARGE_PASTE characters, with `last` as its last item's text. */
const largeText = (last: string) => `[${Array.from({ length: LARGE_PASTE / 10 }, (_, index) => `"item ${index}"`).join(',')},${last}]`;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('readPastedJson', () => {
  it('reads a short text at once', () => {
    expect(readPastedJson('{"a":[1,"b"]}')).toEqual({ ok: true, value: { a: [1, 'b'] } });
    expect(readPastedJson('{"a":')).toEqual({ ok: false, reason: 'invalid-json' });
  });

  it('reads a large text over three tasks after the paste: parsed, checked for numbers, handed on', async () => {
    const text = largeText('42');
    const timeout = vi.spyOn(globalThis, 'setTimeout');
    const reading = readPastedJson(text);
    expect(reading).toBeInstanceOf(Promise);
    expect(await reading).toEqual({ ok: true, value: JSON.parse(text) as unknown });
    expect(timeout.mock.calls.filter(([, delay]) => delay === 0)).toHaveLength(3);
  });

  it('refuses a large text that is not JSON after its first task', async () => {
    await expect(readPastedJson(largeText('{'))).resolves.toEqual({ ok: false, reason: 'invalid-json' });
  });

  it('keeps a number of a large text exact, with the lossless parser', async () => {
    const read = await readPastedJson(largeText('1.0'));
    if (!read.ok) throw new Error(`not read: ${read.reason}`);
    const last = (read.value as unknown[]).at(-1);
    expect(isExactNumber(last) && last.value).toBe('1.0');
  });
});
