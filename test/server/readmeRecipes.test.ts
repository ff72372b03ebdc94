// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// recipes.test.ts runs the README's Express proxy recipe; this keeps the README from drifting away from it.
// (The Next.js recipe is the example's own files: test/static/readmeNextjs.test.ts.)
const root = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const tested = readFileSync(join(import.meta.dirname, 'recipes.test.ts'), 'utf8');

function codeOf(heading: string): string[] {
  const start = readme.indexOf(`### ${heading}`, readme.indexOf('## Server proxy'));
  expect(start, `README has a "${heading}" recipe`).toBeGreaterThan(-1);
  const next = readme.indexOf('\n### ', start + 1);
  const body = readme.slice(start, next === -1 ? undefined : next);
  return [...body.matchAll(/```ts\n([\s\S]*?)```/g)].flatMap((match) => (match[1] ?? '').split('\n'));
}

// Module plumbing differs by design (imports, exports, listen); every line of logic must be the tested one.
const plumbing = /^(import |export |\/\/|const app = express\(\);|app\.listen\(|$)/;

describe('README proxy recipes', () => {
  it.each(['Express (or `http.createServer`)'])(
    '%s is the code recipes.test.ts runs',
    (heading) => {
      const lines = codeOf(heading)
        .map((line) => line.trim())
        .filter((line) => !plumbing.test(line));
      expect(lines.length).toBeGreaterThan(3);
      for (const line of lines) expect(tested, `README line not in the tested recipe: ${line}`).toContain(line);
    },
  );
});
