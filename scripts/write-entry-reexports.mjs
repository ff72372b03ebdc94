// Rolldown writes each entry (dist/index.js, dist/core/index.js, …) as imports of every module followed
// by one `export { … }` list. Turbopack reads that shape as a module that uses all it imports: a page that
// imports anything from the main entry then loads every module the entry re-exports that some other
// route of the app uses. In the Next.js example, adding the editor page brought the editing hook, the
// mutation options, the rebase and TanStack's useMutation onto /admin, which renders no editor (+3.86 kB gz,
// measured by test/nextjs). Written as `export { … } from` statements, the same entry is a barrel whose
// re-exports Turbopack follows only for the names a page imports, and /admin stays without them.
// This rewrites each entry that is nothing but named imports and their export list; any other shape is
// left as it is and named, so a change in Rolldown's output cannot pass unnoticed.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
// Every JavaScript entry package.json exports (`./dist/core/index.js` → `core/index.js`): one list, not a copy of it.
const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const ENTRIES = Object.values(exports)
  .map((target) => (typeof target === 'string' ? target : target.default))
  .filter((target) => target.endsWith('.js'))
  .map((target) => target.replace(/^\.\/dist\//, ''));
const DIRECTIVE = /^(["'])use client\1;\n/;
const IMPORT = /^import \{([^}]*)\} from ("[^"]+");$/;
const EXPORT_LIST = /^export \{([^}]*)\};$/;

/** `a`, `a as b` → [name, alias]. */
function readSpecifier(text) {
  const [name = '', alias = name] = text.trim().split(/\s+as\s+/);
  return [name, alias];
}

/** `{ text }`: the entry written as re-exports; `{ problem }`: why its shape is not the one this handles. */
function asReexports(source) {
  const directive = DIRECTIVE.exec(source)?.[0] ?? '';
  const lines = source.slice(directive.length).split('\n').filter((line) => line.trim() !== '');
  const imported = new Map();
  // Re-exports in the order of the imports they replace: the order in which the modules are evaluated.
  const bySource = new Map();
  let exportList;
  for (const line of lines) {
    const named = IMPORT.exec(line);
    const list = EXPORT_LIST.exec(line);
    if (named) {
      bySource.set(named[2], []);
      for (const specifier of named[1].split(',').filter((part) => part.trim())) {
        const [name, local] = readSpecifier(specifier);
        imported.set(local, { name, from: named[2] });
      }
    } else if (list && exportList === undefined) exportList = list[1];
    else return { problem: `a statement other than a named import or one export list: ${line.slice(0, 80)}` };
  }
  if (exportList === undefined) return { problem: 'no export list' };
  for (const specifier of exportList.split(',').filter((part) => part.trim())) {
    const [local, exported] = readSpecifier(specifier);
    const binding = imported.get(local);
    if (!binding) return { problem: `${local} is exported but not imported` };
    bySource.get(binding.from).push(binding.name === exported ? exported : `${binding.name} as ${exported}`);
  }
  // An import the entry does not re-export would no longer be evaluated: a shape this does not handle.
  const unused = [...bySource].find(([, names]) => names.length === 0);
  if (unused) return { problem: `${unused[0]} is imported but nothing of it is exported` };
  const statements = [...bySource].map(([from, names]) => `export { ${names.join(', ')} } from ${from};`);
  return { text: `${directive}${statements.join('\n')}\n` };
}

let failed = false;
for (const entry of ENTRIES) {
  const file = join(dist, entry);
  const { text, problem } = asReexports(readFileSync(file, 'utf8'));
  if (text !== undefined) writeFileSync(file, text);
  else {
    console.error(`write-entry-reexports: dist/${entry} left as built: ${problem}`);
    failed = true;
  }
}
if (failed) process.exitCode = 1;
else console.log(`write-entry-reexports: ${ENTRIES.length} entries now re-export from their modules`);
