// What a page costs the browser on its first load: every chunk the server-rendered HTML makes the
// browser load, each gzipped as a server would send it (the "First Load JS" that `next build` used to
// print). Chunks are named in `<script src>` tags and, for the page's client components under
// webpack, only in the inline React Server Components payload, so both are read.
import { gzipSync } from 'node:zlib';

/**
 * Every `/_next/static/chunks/*.js` the HTML references, resolved against the page URL, without the
 * `noModule` scripts (polyfills for browsers without ES modules: current ones never load them).
 */
export function chunkUrls(html, pageUrl) {
  const noModule = new Set();
  for (const [tag, src] of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) {
    if (/\snomodule\b/i.test(tag)) noModule.add(new URL(src, pageUrl).href);
  }
  const urls = new Set();
  for (const [path] of html.matchAll(/\/?_next\/static\/chunks\/[\w./-]+?\.js|static\/chunks\/[\w./-]+?\.js/g)) {
    const url = new URL(path.startsWith('static/') ? `/_next/${path}` : path.replace(/^\/?/, '/'), pageUrl).href;
    if (!noModule.has(url)) urls.add(url);
  }
  return [...urls];
}

/**
 * Loads `pageUrl` (with `headers`, e.g. a session cookie) and every chunk it references, and resolves
 * with `{ gzipBytes, files }`: the total and each chunk's gzipped size (level 9) and text.
 */
export async function measureFirstLoadJs(pageUrl, headers = {}) {
  const page = await fetch(pageUrl, { headers, redirect: 'manual' });
  if (page.status !== 200) throw new Error(`${pageUrl} answered ${page.status}`);
  const files = [];
  for (const url of chunkUrls(await page.text(), pageUrl)) {
    const response = await fetch(url);
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    const body = Buffer.from(await response.arrayBuffer());
    files.push({ url, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length, text: body.toString('utf8') });
  }
  return { gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0), files };
}
