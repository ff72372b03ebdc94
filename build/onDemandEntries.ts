import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const SOURCE = /\.tsx?$/;
// `import('./module')`: how src loads a part on demand (createOnDemandModule, loadOnDemand, a policy).
const DYNAMIC_IMPORT = /\bimport\(\s*'(\.{1,2}\/[^']+)'\s*\)/g;

/** The source file an import specifier without extension names, or undefined when there is none. */
function sourceFile(from: string, specifier: string): string | undefined {
  const base = resolve(from, '..', specifier);
  return ['.ts', '.tsx'].map((extension) => base + extension).find((file) => existsSync(file));
}

/**
 * Every module that src loads with `import()`, as library entries named after their path under `src`
 * (`core/request/readAnswer` → dist/core/request/readAnswer.js). As entries they keep their own file,
 * their name and their exports as they are: the chunk `import()` loads is the module itself, not a
 * chunk of grouped modules wrapped in a namespace object.
 */
export function onDemandEntries(src: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const name of readdirSync(src, { recursive: true, encoding: 'utf8' })) {
    if (!SOURCE.test(name)) continue;
    const file = join(src, name);
    for (const [, specifier = ''] of readFileSync(file, 'utf8').matchAll(DYNAMIC_IMPORT)) {
      const target = sourceFile(file, specifier);
      if (!target) throw new Error(`${relative(src, file)} imports ${specifier} on demand: no such module in src`);
      entries[relative(src, target).split('\\').join('/').replace(SOURCE, '')] = target;
    }
  }
  return entries;
}
