// Bundles single imports from the built package the way an app's bundler would (esbuild, minified,
// peers external) and fails when an import drags in code it does not need: one hook must not pull
// in any component, a pure component must not pull in the hooks' fetch layer.
import { build } from 'esbuild';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const external = ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query', 'msw'];
// Markers: a class name only a component renders, an identifier only the requester has.
const component = /rum-(profile|usage|inspector|tree|avatar|error)/;
const requester = /x-api-key|Bearer /;

const cases = [
  { name: 'useSynodicUser', forbidden: [component] },
  { name: 'useHankoMetadata', forbidden: [component] },
  { name: 'createHankoClient', forbidden: [component] },
  { name: 'JsonTree', forbidden: [requester, /rum-(profile|usage)/] },
  { name: 'ProfileCard', forbidden: [requester, /rum-(inspector|tree)/] },
];

let failed = 0;
for (const { name, forbidden } of cases) {
  const result = await build({
    stdin: { contents: `export { ${name} } from 'react-user-metadata';`, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    external,
    logLevel: 'silent',
    // Resolve the package name to this repository's build, through its package.json exports.
    alias: { 'react-user-metadata': join(root, 'dist', 'index.js') },
  });
  const code = result.outputFiles[0].text;
  const hits = forbidden.filter((pattern) => pattern.test(code));
  const size = `${(code.length / 1024).toFixed(1)} kB min`;
  if (hits.length > 0) {
    failed += 1;
    console.log(`FAIL import { ${name} } (${size}) pulls in code matching ${hits.join(', ')}`);
  } else {
    console.log(`ok   import { ${name} } (${size}) pulls in only what it uses`);
  }
}
if (failed > 0) process.exit(1);
