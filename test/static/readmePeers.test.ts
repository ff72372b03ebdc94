// The README's peer dependency table is what users read before `npm install`: it must say exactly what
// package.json declares, ranges and optional flags included.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  peerDependencies: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
};

interface PeerRow {
  range: string;
  optional: boolean;
}

/** The rows of the table under "### Peer dependencies": package → range and optional flag. */
function readmePeers(): Record<string, PeerRow> {
  const section = readme.split('### Peer dependencies')[1]?.split(/\n#{2,3} /)[0] ?? '';
  const rows: Record<string, PeerRow> = {};
  for (const line of section.split('\n')) {
    // Cells split on `|` not escaped as `\|` (a range's "or").
    const cells = line.split(/(?<!\\)\|/).map((cell) => cell.trim());
    const name = /^`([^`]+)`$/.exec(cells[1] ?? '')?.[1];
    const range = /^`([^`]+)`$/.exec(cells[2] ?? '')?.[1];
    if (!name || !range) continue;
    rows[name] = { range: range.replaceAll('\\|', '|'), optional: cells[3] === 'yes' };
  }
  return rows;
}

describe('README peer dependency table', () => {
  it('lists every peer dependency of package.json with its range and optional flag, and nothing else', () => {
    const declared = Object.fromEntries(
      Object.entries(manifest.peerDependencies).map(([name, range]) => [
        name,
        { range, optional: manifest.peerDependenciesMeta?.[name]?.optional === true },
      ]),
    );
    const documented = readmePeers();
    expect(Object.keys(documented).length).toBeGreaterThan(0);
    expect(documented).toEqual(declared);
  });
});
