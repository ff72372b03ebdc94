// @vitest-environment node
import { join } from 'node:path';
import { rolldown } from 'rolldown';
import { describe, expect, it } from 'vitest';

// Vite's minifier drops calls to built-ins whose result is unused. isValidUsername once relied on
// encodeURIComponent throwing for its side effect, and minified app bundles let lone surrogates through.
describe('input validation in a minified bundle (rolldown, as Vite 8 builds apps)', () => {
  it('still rejects unpaired surrogates and still accepts ordinary names', async () => {
    const bundle = await rolldown({ input: join(import.meta.dirname, '../../src/core/validateInput.ts') });
    const { output } = await bundle.generate({ format: 'esm', minify: true });
    const code = output[0].code;
    const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as {
      isValidUsername: (value: unknown) => boolean;
    };
    expect(module.isValidUsername('ana\uD800')).toBe(false);
    expect(module.isValidUsername('\uDC00ana')).toBe(false);
    expect(module.isValidUsername('ana😀')).toBe(true);
    expect(module.isValidUsername('ada-lovelace')).toBe(true);
  });
});
