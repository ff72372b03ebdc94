// Starts `next start` for the built example with a chosen Node binary and environment, on a free port
// of 127.0.0.1, and stops it by its own pid.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { captureOutput } from '../checkSteps.mjs';

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Resolves with `{ origin, output(), stop() }` once the server answers, or rejects with its output. */
export async function startNext(dir, { node = process.execPath, env = {} } = {}) {
  const port = await freePort();
  const child = spawn(node, [join(dir, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = captureOutput(child);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  };
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && child.exitCode === null) {
    const answered = await fetch(`${origin}/sign-in`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (answered) return { origin, output, stop };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`next start did not answer within 30 s:\n${output()}`);
}
