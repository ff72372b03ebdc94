#!/usr/bin/env node
// Checks the package as users receive it: the packed tarball, not the working tree.
//
//   node scripts/check-package.mjs                 packs the current build (run `npm run build` first)
//   node scripts/check-package.mjs path/to/x.tgz   checks a tarball that was already packed
//
// Runs publint --strict and @arethetypeswrong/cli (ESM-only profile: the package ships no CommonJS),
// then reads the tarball itself: every export target exists, `types` comes first, 'use client' heads the
// client entry and no file that servers load, no bare import is undeclared, no test or mock file ships.
// Prints one line per check and exits 1 if any failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, posix, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(join(root, 'package.json'));

// Every entry point the package promises (the README's "Entry points"). All are required: a missing one is a failure.
const REQUIRED_ENTRIES = ['.', './core', './editor', './msw', './server', './styles.css', './editor.css', './package.json'];
const CSS_ENTRIES = REQUIRED_ENTRIES.filter((entry) => entry.endsWith('.css'));
// Loaded by React's client bundler: each must start with 'use client' so RSC frameworks treat it as a boundary.
const CLIENT_ENTRIES = ['.', './editor'];
// Imported by servers and React Server Components: neither they nor any chunk they load may be 'use client'.
const SERVER_SAFE_ENTRIES = ['./core', './server'];
// Imported by browsers: must not pull in Node built-ins.
const BROWSER_ENTRIES = ['.', './core', './editor', './msw'];
// Framework-free entries: must not load React at run time (a Hono or Express server need not install it).
const REACT_FREE_ENTRIES = ['./core', './server'];
const REACT_PACKAGES = new Set(['react', 'react-dom', '@tanstack/react-query']);
// Files that must never ship: tests, stories, Storybook config, MSW's service worker, build leftovers.
const FORBIDDEN_FILES = [
  /(^|\/)(test|tests|__tests__|__mocks__|__snapshots__|stories|\.storybook|coverage)\//,
  /\.(test|spec|stories|story)\.[^/]+$/,
  /(^|\/)mockServiceWorker\.js$/,
  /\.tsbuildinfo$/,
  /(^|\/)\.env/,
  /\.tgz$/,
];

const results = [];
function report(ok, name, detail = '') {
  results.push({ ok, name });
  const text = !ok && detail ? `${name}\n${indent(detail)}` : name;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${text}`);
}
function indent(text) {
  return text
    .trimEnd()
    .split('\n')
    .map((line) => `       ${line}`)
    .join('\n');
}

function binOf(packageName, binName) {
  // Not require.resolve: packages that list `exports` often hide their package.json.
  const manifestPath = join(root, 'node_modules', packageName, 'package.json');
  const { bin } = JSON.parse(readFileSync(manifestPath, 'utf8'));
  return join(dirname(manifestPath), typeof bin === 'string' ? bin : bin[binName]);
}

// --- the tarball -------------------------------------------------------------------------------

function packTarball() {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const missing = Object.values(manifest.exports ?? {})
    .flatMap((target) => targetsOf(target))
    .filter((target) => target.startsWith('./dist/'))
    .filter((target) => !existsSync(join(root, target)));
  if (missing.length > 0) {
    console.log(`note: ${missing.join(', ')} not built yet; did you run \`npm run build\`? (checked below)`);
  }
  const directory = mkdtempSync(join(tmpdir(), 'rum-pack-'));
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const packed = spawnSync(npm, ['pack', '--json', '--pack-destination', directory], {
    cwd: root,
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  if (packed.status !== 0) {
    console.error(packed.stdout, packed.stderr);
    throw new Error('npm pack failed');
  }
  const [info] = JSON.parse(packed.stdout);
  return {
    tarball: join(directory, info.filename),
    cleanup: () => rmSync(directory, { recursive: true, force: true }),
  };
}

/** The files of a .tgz as a Map from path (without the leading `package/`) to contents. */
function readTarball(file) {
  const data = gunzipSync(readFileSync(file));
  const files = new Map();
  let offset = 0;
  let longName;
  while (offset + 512 <= data.length) {
    const header = data.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const field = (start, length) => header.toString('utf8', start, start + length).replace(/\0.*$/s, '');
    const size = Number.parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1) || '0';
    const prefix = field(345, 155);
    const body = data.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
    if (type === 'x') {
      // A pax header: its `path` record replaces the next entry's name (names over 100 bytes).
      const match = /\d+ path=([^\n]*)\n/.exec(body.toString('utf8'));
      longName = match?.[1];
      continue;
    }
    if (type === 'L') {
      longName = body.toString('utf8').replace(/\0.*$/s, '');
      continue;
    }
    const name = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
    longName = undefined;
    if (type === '0' || type === '7') files.set(name.replace(/^[^/]+\//, ''), Buffer.from(body));
  }
  return files;
}

// --- exports -----------------------------------------------------------------------------------

/** Every file path an export value can resolve to, whatever the conditions. */
function targetsOf(value) {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(targetsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(targetsOf);
  return [];
}

/** The file an ESM importer gets for a subpath (conditions tried in order, as Node does). */
function runtimeTarget(value, conditions = ['import', 'module', 'default']) {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [condition, nested] of Object.entries(value)) {
      if (condition === 'types') continue;
      if (conditions.includes(condition) || condition === 'node' || condition === 'browser') {
        const found = runtimeTarget(nested, conditions);
        if (found) return found;
      }
    }
  }
  return undefined;
}

/** Every condition object whose `types` key is not first, with its path in `exports`. */
function misplacedTypes(value, path) {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  const keys = Object.keys(value);
  const here = keys.includes('types') && keys[0] !== 'types' ? [`${path} (order: ${keys.join(', ')})`] : [];
  return [...here, ...keys.flatMap((key) => misplacedTypes(value[key], `${path}.${key}`))];
}

function globToRegExp(glob) {
  let source = '';
  for (let index = 0; index < glob.length; index += 1) {
    const char = glob[index];
    if (char === '*' && glob[index + 1] === '*') {
      source += '.*';
      index += glob[index + 2] === '/' ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else source += char.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^(.*/)?${source.replace(/^\.\//, '')}$`);
}

// --- JavaScript modules ------------------------------------------------------------------------

let ts;
async function loadTypeScript() {
  ts ??= (await import(require.resolve('typescript'))).default;
  return ts;
}

/** The directive prologue, static imports and dynamic imports of one module. */
function parseModule(fileName, text) {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const directives = [];
  for (const statement of source.statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) break;
    directives.push(statement.expression.text);
  }
  const staticImports = [];
  for (const statement of source.statements) {
    if ((ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier) {
      if (ts.isStringLiteral(statement.moduleSpecifier)) staticImports.push(statement.moduleSpecifier.text);
    }
  }
  const dynamicImports = [];
  const visit = (node) => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteralLike(argument)) dynamicImports.push(argument.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { directives, staticImports, dynamicImports };
}

/** Bare imports (`import("x")` type queries included) of a declaration file. */
function declarationImports(fileName, text) {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found = [];
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      if (ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const literal = node.argument.literal;
      if (ts.isStringLiteral(literal)) found.push(literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function isRelative(specifier) {
  return specifier.startsWith('./') || specifier.startsWith('../');
}

function packageNameOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function isBuiltin(specifier) {
  return specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]);
}

/**
 * Walks the static import graph from `entry` inside the tarball. Returns every module reached (with its
 * directives) and every bare specifier imported along the way; relative imports that point at no file
 * in the tarball are returned as `broken`.
 */
function staticGraph(files, entry) {
  const modules = new Map();
  const bare = new Set();
  const broken = [];
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift();
    if (modules.has(file)) continue;
    const parsed = parseModule(file, files.get(file).toString('utf8'));
    modules.set(file, parsed);
    for (const specifier of parsed.staticImports) {
      if (!isRelative(specifier)) {
        bare.add(specifier);
        continue;
      }
      const target = posix.normalize(posix.join(posix.dirname(file), specifier));
      if (files.has(target)) queue.push(target);
      else broken.push(`${file} imports ${specifier}`);
    }
  }
  return { modules, bare, broken };
}

// --- the checks --------------------------------------------------------------------------------

function runTool(name, command, args) {
  const run = spawnSync(process.execPath, [command, ...args], { cwd: root, encoding: 'utf8' });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`.replace(/^npm warn Unknown user config.*\n/gm, '');
  report(run.status === 0, name, run.status === 0 ? '' : output || `exited with ${run.status}`);
  if (run.status === 0 && output.trim()) console.log(indent(output));
}

async function main() {
  const given = process.argv[2];
  const { tarball, cleanup } = given ? { tarball: resolve(given), cleanup: () => {} } : packTarball();
  console.log(`checking ${tarball}`);
  try {
    await checkTarball(tarball);
  } finally {
    cleanup();
  }
  const failed = results.filter((result) => !result.ok);
  console.log(
    failed.length === 0
      ? `\npackage check passed (${results.length} checks)`
      : `\npackage check FAILED: ${failed.length} of ${results.length} checks\n${failed.map((f) => `  - ${f.name}`).join('\n')}`,
  );
  process.exitCode = failed.length === 0 ? 0 : 1;
}

async function checkTarball(tarball) {
  runTool('publint --strict', binOf('publint', 'publint'), ['run', tarball, '--strict']);
  runTool('attw --profile esm-only', binOf('@arethetypeswrong/cli', 'attw'), [
    tarball,
    '--profile',
    'esm-only',
    // attw resolves TypeScript entry points only; the stylesheets are checked below (exist, kept by sideEffects).
    '--exclude-entrypoints',
    ...CSS_ENTRIES,
    '--format',
    'table-flipped',
    '--no-emoji',
    '--no-color',
  ]);

  await loadTypeScript();
  const files = readTarball(tarball);
  const manifest = JSON.parse(files.get('package.json').toString('utf8'));
  const exportsMap = manifest.exports ?? {};
  const has = (target) => files.has(target.replace(/^\.\//, ''));

  const absentEntries = REQUIRED_ENTRIES.filter((entry) => !(entry in exportsMap));
  report(
    absentEntries.length === 0,
    `exports has every entry (${REQUIRED_ENTRIES.join(', ')})`,
    absentEntries.length ? `missing: ${absentEntries.join(', ')}` : '',
  );

  const extraEntries = Object.keys(exportsMap).filter((entry) => !REQUIRED_ENTRIES.includes(entry));
  if (extraEntries.length > 0) console.log(`note: exports also has ${extraEntries.join(', ')}`);

  const missingTargets = Object.entries(exportsMap).flatMap(([entry, value]) =>
    targetsOf(value)
      .filter(
        (target) => !(target.includes('*') ? [...files.keys()].some((f) => globToRegExp(target).test(f)) : has(target)),
      )
      .map((target) => `${entry} -> ${target}`),
  );
  report(missingTargets.length === 0, 'every exports target is in the tarball', missingTargets.join('\n'));

  const misplaced = Object.entries(exportsMap).flatMap(([entry, value]) =>
    misplacedTypes(value, `exports["${entry}"]`),
  );
  report(misplaced.length === 0, '`types` is the first condition wherever it appears', misplaced.join('\n'));

  const untyped = Object.entries(exportsMap)
    .filter(([, value]) => /\.[cm]?js$/.test(runtimeTarget(value) ?? ''))
    .filter(([, value]) => !(value && typeof value === 'object' && 'types' in value))
    .map(([entry]) => entry);
  report(
    untyped.length === 0,
    'every JavaScript entry has a `types` condition',
    `without types: ${untyped.join(', ')}`,
  );

  for (const entry of CSS_ENTRIES) {
    const css = exportsMap[entry];
    if (css === undefined) continue;
    const cssTarget = runtimeTarget(css, ['style', 'import', 'default']) ?? '';
    const kept =
      manifest.sideEffects === undefined ||
      manifest.sideEffects === true ||
      (Array.isArray(manifest.sideEffects) && manifest.sideEffects.some((glob) => globToRegExp(glob).test(cssTarget)));
    report(
      kept,
      `\`sideEffects\` keeps the ${entry} import (bundlers would drop it otherwise)`,
      `${cssTarget} is not matched by sideEffects ${JSON.stringify(manifest.sideEffects)}`,
    );
  }

  // npm adds README and LICENSE files on its own when they exist; the MIT license requires its text to travel with copies.
  const documents = ['README', 'LICENSE'].filter(
    (name) => ![...files.keys()].some((file) => new RegExp(`^${name}(\\.(md|txt))?$`, 'i').test(file)),
  );
  report(documents.length === 0, 'README and LICENSE are in the tarball', `missing: ${documents.join(', ')}`);

  const shipped = [...files.keys()].filter((file) => FORBIDDEN_FILES.some((pattern) => pattern.test(file)));
  report(shipped.length === 0, 'no test, story, Storybook or mockServiceWorker file is shipped', shipped.join('\n'));

  const declared = new Set(
    Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies, ...manifest.optionalDependencies }),
  );
  const graphs = new Map();
  for (const [entry, value] of Object.entries(exportsMap)) {
    const target = runtimeTarget(value)?.replace(/^\.\//, '');
    if (target && /\.[cm]?js$/.test(target) && files.has(target)) graphs.set(entry, staticGraph(files, target));
  }

  const broken = [...graphs.values()].flatMap((graph) => graph.broken);
  report(
    broken.length === 0,
    'every relative import of the shipped JavaScript resolves inside the tarball',
    [...new Set(broken)].join('\n'),
  );

  for (const entry of CLIENT_ENTRIES) {
    const graph = graphs.get(entry);
    const file = runtimeTarget(exportsMap[entry])?.replace(/^\.\//, '');
    if (!graph) {
      report(false, `'use client' is the first statement of ${entry}`, `exports["${entry}"] has no JavaScript file in the tarball`);
      continue;
    }
    const { directives } = graph.modules.get(file);
    report(
      directives[0] === 'use client',
      `'use client' is the first statement of ${file}`,
      `its directive prologue is ${JSON.stringify(directives)}: the build dropped or moved the directive`,
    );
  }

  for (const entry of SERVER_SAFE_ENTRIES) {
    const graph = graphs.get(entry);
    if (!graph) {
      report(
        false,
        `${entry} and its static imports are not 'use client'`,
        `${entry} has no JavaScript file in the tarball`,
      );
      continue;
    }
    const clientModules = [...graph.modules]
      .filter(([, parsed]) => parsed.directives.includes('use client'))
      .map(([f]) => f);
    report(
      clientModules.length === 0,
      `${entry} and the ${graph.modules.size - 1} modules it imports statically are not 'use client'`,
      `these start with 'use client', so servers and React Server Components cannot use ${entry}: ${clientModules.join(', ')}`,
    );
  }

  for (const entry of REACT_FREE_ENTRIES) {
    const graph = graphs.get(entry);
    if (!graph) continue;
    const react = [...graph.bare].filter((specifier) => REACT_PACKAGES.has(packageNameOf(specifier)));
    report(react.length === 0, `${entry} loads no React package at run time`, `it imports ${react.join(', ')}`);
  }

  for (const entry of BROWSER_ENTRIES) {
    const graph = graphs.get(entry);
    if (!graph) continue;
    const builtins = [...graph.bare].filter(isBuiltin);
    report(
      builtins.length === 0,
      `${entry} imports no Node built-in (it runs in browsers)`,
      `it imports ${builtins.join(', ')}`,
    );
  }

  const undeclared = new Map();
  const note = (specifier, file) => {
    if (isRelative(specifier) || isBuiltin(specifier)) return;
    const name = packageNameOf(specifier);
    if (name === manifest.name || declared.has(name)) return;
    undeclared.set(name, [...(undeclared.get(name) ?? []), file]);
  };
  for (const [file, contents] of files) {
    if (/\.[cm]?js$/.test(file)) {
      const parsed = parseModule(file, contents.toString('utf8'));
      for (const specifier of [...parsed.staticImports, ...parsed.dynamicImports]) note(specifier, file);
    } else if (/\.d\.[cm]?ts$/.test(file)) {
      for (const specifier of declarationImports(file, contents.toString('utf8'))) note(specifier, file);
    }
  }
  report(
    undeclared.size === 0,
    'every package the shipped code imports is a dependency or peer dependency',
    [...undeclared].map(([name, from]) => `${name} (from ${[...new Set(from)].slice(0, 3).join(', ')})`).join('\n'),
  );

  const peersMeta = manifest.peerDependenciesMeta ?? {};
  const optionalPeers = Object.keys(manifest.peerDependencies ?? {}).filter((name) => peersMeta[name]?.optional);
  const mainGraphBare = new Set([...(graphs.get('.')?.bare ?? [])].map(packageNameOf));
  const optionalInMain = optionalPeers.filter((name) => mainGraphBare.has(name));
  report(
    optionalInMain.length === 0,
    'the main entry loads no optional peer dependency',
    `"." imports ${optionalInMain.join(', ')}, which apps may not have installed`,
  );
}

await main();
