// The README's Next.js recipe is the example that CI builds and runs (examples/nextjs): every code block
// that names one of its files must be that file's text, so the README cannot drift from tested code.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** `[path, code]` for each fenced block whose first line is `// examples/nextjs/…`. */
const blocks = [...readme.matchAll(/```tsx?\n\/\/ (examples\/nextjs\/\S+)[^\n]*\n([\s\S]*?)```/g)].map(
  ([, path, code]) => [path ?? '', code ?? ''] as const,
);

describe('README Next.js recipe', () => {
  it('shows the example’s files: the lazy proxy and its PATCH route, per-request QueryClient, provider layout, prefetch, the page and the editor page', () => {
    const shown = blocks.map(([path]) => path);
    for (const file of [
      'lib/userMetadataHandler.ts',
      'lib/getQueryClient.ts',
      'app/admin/Providers.tsx',
      'app/admin/layout.tsx',
      'lib/prefetchForBrowser.ts',
      'app/admin/page.tsx',
      'app/api/hanko/[...path]/route.ts',
      'app/admin/users/[id]/edit/page.tsx',
      'app/admin/users/[id]/edit/UserMetadataEditor.tsx',
    ]) {
      expect(shown).toContain(`examples/nextjs/${file}`);
    }
  });

  it.each(blocks)('%s is the file’s own code', (path, code) => {
    const file = join(root, path);
    expect(existsSync(file), `${path} exists`).toBe(true);
    const source = readFileSync(file, 'utf8');
    expect(code.trim().length).toBeGreaterThan(0);
    expect(source).toContain(code.trimEnd());
  });
});
