// The Next.js example in Debian's Chromium (Playwright, never a downloaded browser): sign in, the
// panel hydrates without a warning or a second request, Retry after an upstream failure, and no API
// key in anything the browser receives.
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { HANKO_KEY, OWNER, SESSION_TOKEN, SYNODIC_KEY, USER_ID } from './fakeUpstreams.mjs';

const TIMEOUT = 20_000;

/** Records what a page logs, requests and receives. */
export function watch(page) {
  const seen = { problems: [], apiRequests: [], bodies: [] };
  page.on('console', (message) => {
    // The browser logs every non-2xx answer; the Retry scenario causes some on purpose.
    if (['error', 'warning'].includes(message.type()) && !/^Failed to load resource/.test(message.text())) {
      seen.problems.push(`${message.type()}: ${message.text().split('\n')[0]}`);
    }
  });
  page.on('pageerror', (error) => seen.problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) seen.apiRequests.push(request.url());
  });
  page.on('response', async (response) => {
    const body = await response.body().catch(() => undefined);
    if (body) seen.bodies.push({ url: response.url(), text: body.toString('utf8') });
  });
  return seen;
}

async function signIn(page, origin, check) {
  await page.goto(`${origin}/admin`);
  check(new URL(page.url()).pathname === '/sign-in', 'without a session the panel redirects to the sign-in page', page.url());
  await page.getByLabel('Admin token').fill(SESSION_TOKEN);
  await Promise.all([page.waitForURL(`${origin}/admin`), page.getByRole('button', { name: 'Sign in' }).click()]);
}

async function showsPrefetchedData(page, origin, seen, check) {
  await page.getByLabel('Hanko user id').fill(USER_ID);
  await Promise.all([
    page.waitForURL(`${origin}/admin?user=${USER_ID}`),
    page.getByRole('button', { name: 'Show metadata' }).click(),
  ]);
  seen.apiRequests.length = 0;
  await page.waitForLoadState('networkidle');
  const profile = await page.locator('#profile').innerText({ timeout: TIMEOUT });
  const usage = await page.locator('#usage').innerText({ timeout: TIMEOUT });
  const tree = await page.locator('#metadata [role="tree"]').first().innerText({ timeout: TIMEOUT });
  check(profile.includes('ada-lovelace/analytical-engine'), 'the profile card shows the repositories', profile);
  check(
    /pay as you go/i.test(usage) && usage.includes('1,250'),
    'the usage panel shows the owner’s plan and usage (owner view through the proxy)',
    usage,
  );
  check(tree.includes('analytics'), 'the inspector shows the public metadata', tree);
  // The tree's keyboard model is React's: End moves focus only once the page has hydrated.
  const items = page.locator('#metadata [role="tree"]').first().locator('[role="treeitem"]');
  await items.first().focus();
  await page.keyboard.press('End');
  const focusedLast = await items.last().evaluate((element) => element === document.activeElement);
  check(focusedLast, 'the page is hydrated: End moves focus to the last tree item');
  check(seen.apiRequests.length === 0, 'hydration makes no request: the data came from the server', seen.apiRequests.join(', '));
}

async function retriesAfterUpstreamFailure(page, origin, upstreams, check) {
  upstreams.state.failing = true;
  const response = await page.goto(`${origin}/admin?user=${USER_ID}`);
  check(response?.status() === 200, 'with Hanko down the page renders', String(response?.status()));
  const retry = page.locator('#metadata').getByRole('button', { name: 'Retry' });
  // The library retries a 503 twice (1 s, then 2 s) before it shows the error.
  await retry.waitFor({ timeout: TIMEOUT });
  const message = await page.locator('#metadata').innerText();
  check(/503|unavailable|server/i.test(message), 'the inspector shows the upstream error and Retry', message);
  const profile = await page.locator('#profile').innerText();
  check(profile.includes('ada-lovelace/analytical-engine'), 'the Synodic components are unaffected by Hanko’s failure', profile);
  upstreams.state.failing = false;
  await retry.click();
  await page.locator('#metadata [role="tree"]').first().waitFor({ timeout: TIMEOUT });
  const tree = await page.locator('#metadata').innerText();
  check(tree.includes('analytics'), 'after Retry the metadata appears', tree);
}

/** Runs every browser check; `check(ok, name, detail)` records each. */
export async function checkInBrowser({ origin, upstreams, check }) {
  const { chromium } = await import('playwright');
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const context = await browser.newContext({ locale: 'en-US', timezoneId: 'UTC' });
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    const seen = watch(page);
    await signIn(page, origin, check);
    await showsPrefetchedData(page, origin, seen, check);
    await retriesAfterUpstreamFailure(page, origin, upstreams, check);

    const anonymous = await browser.newContext();
    const refused = await anonymous.request.get(`${origin}/api/synodic/${OWNER}`);
    check(refused.status() === 403, 'the proxy refuses a browser without a session', String(refused.status()));
    await anonymous.close();

    check(seen.problems.length === 0, 'no console error or warning (hydration included), no page error', seen.problems.join(' | '));
    const leaks = seen.bodies.filter(({ text }) => text.includes(HANKO_KEY) || text.includes(SYNODIC_KEY));
    check(
      leaks.length === 0,
      `no API key in any of the ${seen.bodies.length} responses the browser received`,
      leaks.map(({ url }) => url).join(', '),
    );
  } finally {
    upstreams.state.failing = false;
    await browser.close();
  }
}
