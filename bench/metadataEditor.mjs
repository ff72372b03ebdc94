#!/usr/bin/env node
// Part of `npm run bench`: the metadata editor's model at 100k nodes, in this Node (same V8 as
// Chromium): opening a row for editing, committing one value, computing the merge patch and the
// budgets after it, and diffing two independent 100k-node documents. Median of RUNS after WARMUP runs;
// exits 1 when a step misses its target (50 ms each; 100 ms for the diff). The rendering of the rows
// these steps change is the tree's own and is measured by bench/run.mjs.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { generateJson } from './generateJson.mjs';

const RUNS = 15;
const WARMUP = 5;
const NODES = 100_000;
const TARGETS = { edit: 50, commit: 50, patch: 50, budget: 50, diff: 100 };

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = await mkdtemp(join(tmpdir(), 'rum-editor-bench-'));
try {
  const entry = join(dir, 'entry.ts');
  await writeFile(
    entry,
    [
      `export { metadataDraftReducer } from ${JSON.stringify(join(root, 'src/components/metadataEditor/metadataDraftReducer.ts'))};`,
      `export { initialMetadataDraftState } from ${JSON.stringify(join(root, 'src/components/metadataEditor/metadataDraftState.ts'))};`,
      `export { categoryBudgets } from ${JSON.stringify(join(root, 'src/components/metadataEditor/categoryBudget.ts'))};`,
      `export { startRowEdit } from ${JSON.stringify(join(root, 'src/components/metadataEditor/rowEdit.ts'))};`,
      `export { createMetadataPatch } from ${JSON.stringify(join(root, 'src/core/createMetadataPatch.ts'))};`,
      `export { diffMetadata } from ${JSON.stringify(join(root, 'src/core/diffMetadata.ts'))};`,
      `export { valueAt } from ${JSON.stringify(join(root, 'src/core/editAtPath.ts'))};`,
      `export { parseExactJson } from ${JSON.stringify(join(root, 'src/core/parseExactJson.ts'))};`,
    ].join('\n'),
  );
  const outfile = join(dir, 'editor.mjs');
  await build({ entryPoints: [entry], outfile, bundle: true, format: 'esm', platform: 'node', logLevel: 'error' });
  const editor = await import(pathToFileURL(outfile).href);

  const median = (step) => {
    const times = [];
    for (let run = 0; run < WARMUP + RUNS; run++) {
      const start = performance.now();
      step();
      if (run >= WARMUP) times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)];
  };

  const text = JSON.stringify({ public_metadata: generateJson(NODES, 20_260_101) });
  const metadata = editor.parseExactJson(text);
  const state = editor.initialMetadataDraftState(metadata, { privateRevealed: true });
  const path = deepestPath(metadata.public_metadata, ['public_metadata']);
  const [, ...keys] = path;
  const setValue = { type: 'setValue', path, value: 'edited' };
  const edited = editor.metadataDraftReducer(state, setValue);
  if (editor.valueAt(edited.draft.public_metadata, keys) !== 'edited') throw new Error('the edit did not land');

  // A second document parsed from the same text (no shared objects), with the strings that end in a
  // multiple of 100 changed.
  const other = editor.parseExactJson(text.replace(/ (\d*00)"/g, ' x$1"'));
  // The editor counts the budgets when it opens, in 8 ms slices after the first paint; after that a
  // commit re-counts only its path.
  const loadStart = performance.now();
  editor.categoryBudgets(state.draft);
  const load = performance.now() - loadStart;
  const figures = {
    edit: median(() => editor.startRowEdit(path, editor.valueAt(state.draft.public_metadata, keys), undefined)),
    commit: median(() => editor.metadataDraftReducer(state, setValue)),
    patch: median(() => editor.createMetadataPatch(edited.base, edited.draft)),
    budget: median(() => editor.categoryBudgets(editor.metadataDraftReducer(state, setValue).draft)),
    diff: median(() => editor.diffMetadata(metadata, other)),
  };
  const changes = editor.diffMetadata(metadata, other).length;

  console.log(`| step at ${NODES.toLocaleString('en-US')} nodes | median | target |`);
  console.log('|---|---:|---:|');
  const names = {
    edit: 'open a row for editing',
    commit: 'commit one value (reducer, undo step)',
    patch: 'merge patch after the edit',
    budget: 'commit plus the budgets of the three categories',
    diff: `diff of two independent documents (${changes} changes)`,
  };
  let missed = false;
  for (const [step, time] of Object.entries(figures)) {
    const ok = time < TARGETS[step];
    missed ||= !ok;
    console.log(`| ${names[step]} | ${time.toFixed(2)} ms | < ${TARGETS[step]} ms ${ok ? '' : '**missed**'} |`);
  }
  console.log(`| a full count of the budgets, as when the editor opens (in 8 ms slices there; not a target) | ${load.toFixed(2)} ms | |`);
  if (missed) process.exitCode = 1;
} finally {
  await rm(dir, { recursive: true, force: true });
}

/** The path to the first deepest string reached by always taking the last member. */
function deepestPath(value, path) {
  let current = value;
  const keys = [...path];
  while (current && typeof current === 'object') {
    const members = Array.isArray(current) ? current.map((_, index) => index) : Object.keys(current);
    if (!members.length) break;
    const key = members.at(-1);
    keys.push(key);
    current = current[key];
  }
  return keys;
}
