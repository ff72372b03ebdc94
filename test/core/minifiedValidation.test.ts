// @vitest-environment node
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// Minifiers drop calls to built-ins whose result is unused. isValidUsername once relied on
// encodeURIComponent throwing for its side effect, and minified app bundles let lone surrogates through.
describe('input validation in a minified bundle', () => {
  it('still rejects unpaired surrogates and still accepts ordinary names', async () => {
    const result = await build({
      entryPoints: [join(import.meta.dirname, '../../src/core/validateInput.ts')],
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.text ?? '';
    const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as {
      isValidUsername: (value: unknown) => boolean;
    };
    expect(module.isValidUsername('ana\uD800')).toBe(false);
    expect(module.isValidUsername('\uDC00ana')).toBe(false);
    expect(module.isValidUsername('ana😀')).toBe(true);
    expect(module.isValidUsername('ada-lovelace')).toBe(true);
  });
});
