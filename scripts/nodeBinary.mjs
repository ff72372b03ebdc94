// Another Node.js major for the checks that must run under it (msw 3 needs Node 22; the suite runs on
// Node 20). The npm registry carries Node's own binary as the package `node-<platform>-<arch>`, so it
// installs like any package, here and in CI, with no download from anywhere else.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Installs Node `version` (exact, e.g. `22.23.5`) into `directory` unless it is there already, and
 * returns `{ node, binDirectory }`: the binary, and the folder to put first on PATH so that `npm`
 * and every `#!/usr/bin/env node` tool run under it too. Throws with npm's output when it fails.
 */
export function installNode(version, directory) {
  const name = `node-${process.platform}-${process.arch}`;
  const node = join(directory, 'node_modules', name, 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
  const installed = existsSync(node) && spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  if (installed !== `v${version}`) {
    mkdirSync(directory, { recursive: true });
    writeFileSync(join(directory, 'package.json'), '{ "private": true }\n');
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const result = spawnSync(
      npm,
      ['install', '--no-save', '--no-audit', '--no-fund', '--prefer-offline', `${name}@${version}`],
      { cwd: directory, encoding: 'utf8', shell: process.platform === 'win32' },
    );
    if (result.status !== 0 || !existsSync(node)) {
      throw new Error(`could not install ${name}@${version}:\n${result.stdout}${result.stderr}`);
    }
  }
  return { node, binDirectory: dirname(node) };
}

/** The environment that runs `npm`, `npx` and node tools under the given Node binary folder. */
export function pathWith(binDirectory, env = process.env) {
  const separator = process.platform === 'win32' ? ';' : ':';
  return { ...env, PATH: `${binDirectory}${separator}${env.PATH ?? ''}` };
}
