// tsc writes declaration imports as they are in src (`from './ApiError'`), which bundler resolution
// accepts but Node's ESM resolution (`moduleResolution: node16/nodenext` in an app) does not. This
// rewrites each relative specifier in dist/**/*.d.ts to the file it names: './x' → './x.js' or './x/index.js'.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const dist = join(import.meta.dirname, '..', 'dist');
const SPECIFIER = /(\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*)\2/g;

function declarations(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? declarations(path) : path.endsWith('.d.ts') ? [path] : [];
  });
}

let rewritten = 0;
for (const file of declarations(dist)) {
  const source = readFileSync(file, 'utf8');
  const output = source.replace(SPECIFIER, (whole, prefix, quote, specifier) => {
    if (/\.(js|mjs|cjs|json|css)$/.test(specifier)) return whole;
    const base = join(dirname(file), specifier);
    const target = existsSync(`${base}.d.ts`)
      ? `${specifier}.js`
      : existsSync(join(base, 'index.d.ts'))
        ? `${specifier}/index.js`
        : null;
    if (target === null) throw new Error(`${file}: cannot resolve ${specifier}`);
    rewritten += 1;
    return `${prefix}${quote}${target}${quote}`;
  });
  if (output !== source) writeFileSync(file, output);
}
console.log(`add-dts-extensions: ${rewritten} relative imports in dist/**/*.d.ts now name their .js file`);
