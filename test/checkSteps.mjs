// What the package checks that install the packed library into real apps share (test/consumer/run.mjs,
// test/nextjs/run.mjs): running commands with their output captured, PASS/FAIL lines with times, and
// building and packing the library once.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const isWindows = process.platform === 'win32';
export const npm = isWindows ? 'npm.cmd' : 'npm';
export const root = resolve(import.meta.dirname, '..');

export function seconds(since) {
  return `${((performance.now() - since) / 1000).toFixed(1)}s`;
}

export function indent(text, lines = 60) {
  const all = text.trimEnd().split('\n');
  const shown = all.length > lines ? [`… (${all.length - lines} lines above)`, ...all.slice(-lines)] : all;
  return shown.map((line) => `    | ${line}`).join('\n');
}

/** Collects a child process's stdout and stderr, interleaved; the returned function reads them so far. */
export function captureOutput(child) {
  let output = '';
  const add = (chunk) => {
    output += chunk;
  };
  child.stdout.on('data', add);
  child.stderr.on('data', add);
  return () => output;
}

/** Runs a command, capturing its output; resolves with the exit code and output, never rejects. */
export function run(command, args, { cwd, env } = {}) {
  return new Promise((done) => {
    const child = spawn(command, args, {
      cwd,
      // Plain output: it is shown indented in the runner's report and in CI logs.
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
      shell: isWindows,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output = captureOutput(child);
    child.on('error', (error) => done({ code: 1, output: `${output()}\n${error.stack}` }));
    child.on('close', (code) =>
      done({ code: code ?? 1, output: output().replace(/^npm warn Unknown user config.*\n/gm, '') }),
    );
  });
}

/** An action for `step` that runs a command and passes when it exits 0. */
export const command =
  (bin, args, cwd, env, show = false) =>
  async () => {
    const { code, output } = await run(bin, args, { cwd, env });
    return { ok: code === 0, detail: output, show };
  };

export const appBin = (dir, name) => join(dir, 'node_modules', '.bin', isWindows ? `${name}.cmd` : name);

/**
 * A report: `step(label, name, action)` runs an action that resolves with `{ ok, detail?, show? }`,
 * prints PASS/FAIL with its time (and the detail when it failed or `show` is set), and records it in
 * `summary`.
 */
export function createReport() {
  const summary = [];
  async function step(label, name, action) {
    const since = performance.now();
    let ok = false;
    let detail;
    let show = false;
    try {
      const result = await action();
      ok = result.ok;
      detail = result.detail ?? '';
      show = result.show ?? false;
    } catch (error) {
      detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    }
    console.log(`${ok ? 'PASS' : 'FAIL'} [${label}] ${name} (${seconds(since)})`);
    if (detail && (!ok || show)) console.log(indent(detail));
    summary.push({ label, name, ok });
    return ok;
  }
  return { step, summary };
}

/**
 * Builds the library (unless `build` is false) and packs it into `into`; resolves with the tarball's
 * path, or undefined when a step failed. `tarball` short-cuts both with an existing one.
 */
export async function packLibrary(step, { into, build = true, tarball }) {
  if (tarball) return resolve(tarball);
  if (build && !(await step('library', 'npm run build', command(npm, ['run', 'build'], root)))) return undefined;
  mkdirSync(into, { recursive: true });
  rmSync(join(into, 'react-user-metadata-0.1.0.tgz'), { force: true });
  let packed;
  await step('library', 'npm pack', async () => {
    const { code, output } = await run(npm, ['pack', '--json', '--pack-destination', into], { cwd: root });
    if (code !== 0) return { ok: false, detail: output };
    packed = join(into, JSON.parse(output.slice(output.indexOf('[')))[0].filename);
    return { ok: existsSync(packed), detail: `no tarball at ${packed}` };
  });
  return packed;
}
