// Checks that a static Storybook build works from a plain file server, MSW worker included:
//   npm run build-storybook
//   python3 -m http.server 6007 --directory storybook-static &
//   node .storybook/checkStaticBuild.mjs http://localhost:6007/
// It opens story iframes in headless Chromium (CHROMIUM_PATH, default /usr/bin/chromium) and waits
// for text that only the mocked API answers can produce. Exits 1 on the first failure.
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';

const base = process.argv[2] ?? 'http://localhost:6007/';
const checks = [
  // Story id, then text that appears only once MSW has answered.
  ['components-synodicprofilecard--success', 'ada-lovelace'],
  ['components-synodicusagepanel--success', 'Inference frames'],
  ['components-hankometadatainspector--success', 'Vision Platform'],
];

const browser = await chromium.launch(chromiumLaunchOptions);
let failed = false;
try {
  const index = await (await fetch(new URL('index.json', base))).json();
  for (const [id, text] of checks) {
    if (!(id in index.entries)) {
      console.log(`skip  ${id} (not in this build)`);
      continue;
    }
    // A fresh context per story: its own service worker registration, as a first visit would have.
    const context = await browser.newContext();
    const page = await context.newPage();
    const url = new URL(`iframe.html?id=${id}&viewMode=story`, base).href;
    try {
      await page.goto(url);
      await page.getByText(text, { exact: false }).first().waitFor({ timeout: 15_000 });
      console.log(`ok    ${id}: "${text}" shown`);
      // The production build runs styles.css through Vite's CSS pipeline, which may lower light-dark():
      // the theme must still resolve to real colours (it once came out transparent).
      const colours = await page.evaluate(() => {
        const root = document.querySelector('.rum-root');
        const style = root && getComputedStyle(root);
        return style ? { background: style.backgroundColor, border: style.borderTopColor } : null;
      });
      if (!colours || colours.background === 'rgba(0, 0, 0, 0)') {
        throw new Error(`the component has no theme background (${JSON.stringify(colours)})`);
      }
      console.log(`ok    ${id}: themed (background ${colours.background})`);
    } catch (error) {
      failed = true;
      console.log(`FAIL  ${id} at ${url}\n      ${String(error).split('\n')[0]}`);
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
