// Builds the benchmark's pages: one bundle per variant, one HTML file per variant and size, with the
// generated data embedded so every variant renders the very same value.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** Bundles a page entry as production code, the way an app ships it; returns its stylesheet, if any. */
export async function bundle(root, entry, outfile) {
  const result = await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    minify: true,
    format: 'iife',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfig: join(root, 'tsconfig.json'),
    // Sources checked out elsewhere (another commit) still take React and the rest from this checkout.
    nodePaths: [join(root, 'node_modules')],
    logLevel: 'error',
    metafile: true,
  });
  const stylesheet = Object.keys(result.metafile.outputs).find((output) => output.endsWith('.css'));
  return stylesheet && resolve(stylesheet);
}

/**
 * The library's `src/` at another commit, with today's bench page next to it, so both commits are
 * measured by the same harness. Returns the page entry to bundle.
 */
export async function checkoutAt(root, ref, dir) {
  const target = join(dir, `ref-${ref.replace(/[^\w.-]/g, '_')}`);
  await mkdir(join(target, 'bench'), { recursive: true });
  const archive = execFileSync('git', ['-C', root, 'archive', ref, 'src'], { maxBuffer: 64 * 1024 * 1024 });
  execFileSync('tar', ['-x', '-C', target], { input: archive });
  for (const file of ['page.tsx', 'viewerPage.tsx']) await copyFile(join(root, 'bench', file), join(target, 'bench', file));
  return join(target, 'bench/page.tsx');
}

/** An HTML page with the data and a variant's bundle; returns its path. */
export async function writePage({ dir, name, json, script, css }) {
  const html = join(dir, `${name}.html`);
  await writeFile(
    html,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>` +
      (css ? `<link rel="stylesheet" href="${pathToFileURL(css).href}">` : '') +
      '</head><body><div id="root"></div>' +
      // `<` is escaped so no string in the data can close the script element. A classic script: Chromium
      // refuses module scripts from file:// pages.
      `<script type="application/json" id="data">${json.replaceAll('<', '\\u003c')}</script>` +
      `<script src="./${script}"></script></body></html>`,
  );
  return html;
}
