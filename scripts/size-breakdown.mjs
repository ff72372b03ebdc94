// Where the bytes of each size-limit entry go: bundles every JS entry of .size-limit.json the way
// size-limit does (esbuild, minified, peers external; run `npm run build` first) and lists its modules
// grouped by folder, largest first. gzip works on the whole bundle, so a module's share of the gzipped
// total is estimated in proportion to its minified bytes: a guide to where to look, not an exact cost.
// Then, for the whole main entry, what each feature costs exactly: the gzipped bundle of every export
// against the same bundle without that feature's exports.
//
//   node scripts/size-breakdown.mjs [entry name filter] [--modules]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const peers = ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query'];

/** The main entry's exports by feature; the rest (clients, hooks, errors, keys) is what every feature builds on. */
const FEATURES = {
  'inspector (HankoMetadataInspector, MetadataInspector, JsonTree)': [
    'HankoMetadataInspector',
    'MetadataInspector',
    'JsonTree',
    'defaultHankoMetadataInspectorLabels',
    'defaultMetadataInspectorLabels',
    'defaultJsonTreeLabels',
  ],
  'Synodic cards (ProfileCard, UsagePanel, their connected forms, Avatar, Skeleton)': [
    'ProfileCard',
    'UsagePanel',
    'SynodicProfileCard',
    'SynodicUsagePanel',
    'defaultProfileCardLabels',
    'defaultUsagePanelLabels',
    'USAGE_FIGURES',
    'Avatar',
    'getInitials',
    'Skeleton',
    'safeHref',
    'safeHttpUrl',
  ],
  // The merge patches, diff, rebase and size checks are exported from /core only; what the mutation options
  // run before a request (prepareMetadataSave) loads with the first save, so none of them ships here.
  'editing (useUpdateHankoMetadata, hankoMetadataMutationOptions)': ['useUpdateHankoMetadata', 'hankoMetadataMutationOptions'],
};

const sizeLimitEntries = JSON.parse(readFileSync(join(root, '.size-limit.json'), 'utf8'));
/** What the main entry's size-limit entry leaves out: the peers and the modules the library loads on demand. */
const mainEntryIgnored =
  sizeLimitEntries.find((entry) => entry.path === 'dist/index.js' && entry.import === '*')?.ignore ?? [];

/** The gzipped size of a first-load bundle of `names` from the built main entry. */
async function mainEntryGzip(names) {
  const result = await build({
    stdin: { contents: `export { ${names.join(', ')} } from './dist/index.js';`, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    external: [...mainEntryIgnored, ...peers],
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
}
const args = process.argv.slice(2);
const showModules = args.includes('--modules');
const filter = args.find((arg) => !arg.startsWith('--')) ?? '';
const entries = sizeLimitEntries.filter(
  (entry) => !entry.path?.endsWith('.css') && entry.name.includes(filter),
);

/**
 * The module size-limit bundles for an entry: `import` is `'*'` or `'{ names }'` from `path`, or an
 * object of `{ file: '{ names }' }` when the entry imports from several files (then it has no path).
 */
function entrySource({ path, import: imported }) {
  const reexport = (names, file) => (names === '*' ? `export * from './${file}';` : `export ${names} from './${file}';`);
  if (typeof imported === 'object') {
    return Object.entries(imported)
      .map(([file, names]) => reexport(names, file))
      .join('\n');
  }
  return reexport(imported ?? '*', path);
}

/** The folder a module is counted under: a dependency by package name, our code by its folder in dist. */
function groupOf(input) {
  const dependency = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (dependency) return dependency[1];
  return input.replace(/^dist\//, '').replace(/\/[^/]+$/, '/') || input;
}

for (const entry of entries) {
  const result = await build({
    stdin: {
      contents: entrySource(entry),
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    metafile: true,
    external: [...(entry.ignore ?? []), ...peers],
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  const gzipBytes = gzipSync(code, { level: 9 }).length;
  const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs)
    .map(([input, { bytesInOutput }]) => ({ input, bytes: bytesInOutput }))
    .filter(({ bytes }) => bytes > 0);
  const minified = inputs.reduce((sum, { bytes }) => sum + bytes, 0);
  const share = (bytes) => `${((gzipBytes * bytes) / minified / 1000).toFixed(2)} kB gz`;

  const groups = new Map();
  for (const { input, bytes } of inputs) {
    const group = groups.get(groupOf(input)) ?? { bytes: 0, modules: [] };
    group.bytes += bytes;
    group.modules.push({ input, bytes });
    groups.set(groupOf(input), group);
  }
  console.log(`\n${entry.name}: ${(gzipBytes / 1000).toFixed(2)} kB gz, ${(minified / 1000).toFixed(2)} kB min`);
  for (const [name, group] of [...groups].sort((a, b) => b[1].bytes - a[1].bytes)) {
    console.log(`  ${name.padEnd(36)} ${String(group.bytes).padStart(6)} B min  ~${share(group.bytes)}`);
    if (!showModules) continue;
    for (const module of group.modules.sort((a, b) => b.bytes - a.bytes)) {
      console.log(`      ${module.input.replace(/^dist\//, '').padEnd(48)} ${String(module.bytes).padStart(6)} B min`);
    }
  }
}

if ('whole main entry'.includes(filter) || filter === '') {
  const listed = await build({
    entryPoints: [join(root, 'dist', 'index.js')],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    external: peers,
    logLevel: 'silent',
  });
  const exported = Object.values(listed.metafile.outputs)[0].exports;
  const whole = await mainEntryGzip(exported);
  console.log(`\nthe main entry's first load by feature (${(whole / 1000).toFixed(2)} kB gz with all ${exported.length} exports):`);
  let features = 0;
  for (const [feature, names] of Object.entries(FEATURES)) {
    const cost = whole - (await mainEntryGzip(exported.filter((name) => !names.includes(name))));
    features += cost;
    console.log(`  ${feature.padEnd(88)} ${(cost / 1000).toFixed(2)} kB gz`);
  }
  console.log(`  ${'the rest: clients, hooks, provider, errors, keys'.padEnd(88)} ${((whole - features) / 1000).toFixed(2)} kB gz`);
}
