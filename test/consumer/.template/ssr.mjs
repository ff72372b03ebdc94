// Server rendering in plain Node: renders the page and each component with react-dom/server, using
// data prefetched through the library's options factories (upstream APIs mocked by its msw handlers),
// and writes the HTML the browser step hydrates. Prints one line per check; exits 1 on any failure.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { proxyErrors, renderComponents, renderPage, upstream } from './dist-server/entry-server.js';

let failures = 0;
function check(ok, name, detail = '') {
  console.log(`${ok ? 'PASS' : 'FAIL'} ssr: ${name}${!ok && detail ? ` (${detail})` : ''}`);
  if (!ok) failures += 1;
}

// JSON inside <script> must not be able to close the tag.
const scriptSafe = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

// msw 2 reads onUnhandledRequest, msw 3 onUnhandledFrame.
upstream.listen({ onUnhandledRequest: 'error', onUnhandledFrame: 'error' });
try {
  const page = await renderPage();
  const missing = page.expected.filter((text) => !page.html.includes(text));
  check(missing.length === 0, 'page renders with the prefetched data', `missing ${JSON.stringify(missing)}`);
  const queries = page.state.queries.map((query) => query.state.status);
  check(
    queries.length > 0 && queries.every((status) => status === 'success'),
    `dehydrated cache holds ${queries.length} successful queries`,
    JSON.stringify(queries),
  );
  // The same server HTML for the production build and, when present, the development build.
  for (const dist of ['dist', 'dist-dev'].filter((name) => existsSync(`${name}/index.html`))) {
    const template = readFileSync(`${dist}/index.html`, 'utf8');
    if (!template.includes('<!--ssr-html-->')) throw new Error(`${dist}/index.html has no <!--ssr-html--> placeholder`);
    writeFileSync(
      `${dist}/index.html`,
      template
        .replace('<!--ssr-html-->', () => page.html)
        .replace(
          '<!--ssr-state-->',
          () => `<script id="ssr-state" type="application/json">${scriptSafe(page.state)}</script>`,
        ),
    );
  }

  mkdirSync('ssr', { recursive: true });
  for (const { name, html, expected } of await renderComponents()) {
    writeFileSync(`ssr/${name}.html`, html);
    const absent = expected.filter((text) => !html.includes(text));
    check(absent.length === 0, `${name} renderToString`, `missing ${JSON.stringify(absent)} in ssr/${name}.html`);
  }
  check(proxyErrors.length === 0, 'the proxy reported no errors', JSON.stringify(proxyErrors));
} catch (error) {
  check(false, 'rendering threw', error instanceof Error ? (error.stack ?? error.message) : String(error));
} finally {
  upstream.close();
}
process.exitCode = failures === 0 ? 0 : 1;
