#!/usr/bin/env node
// `npm run bench`: every benchmark in turn. Each one sets a failing exit code when it misses a target;
// the later ones still run, so one missed tree target does not hide the editor's figures.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BENCHMARKS = ['run.mjs', 'parseExactJson.mjs', 'metadataEditor.mjs', 'metadataEditorPage.mjs'];

const missed = [];
for (const benchmark of BENCHMARKS) {
  const script = fileURLToPath(new URL(benchmark, import.meta.url));
  const { status, signal } = spawnSync(process.execPath, [script], { stdio: 'inherit' });
  if (status !== 0) missed.push(`bench/${benchmark} (${signal ?? `exit ${status}`})`);
}
if (missed.length > 0) {
  console.error(`\nTargets missed or a benchmark failed: ${missed.join(', ')}`);
  process.exitCode = 1;
}
