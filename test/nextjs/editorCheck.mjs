// The example's editor page in Chromium, through the real path: browser → Next.js route handler → the
// library's proxy → the stand-in Hanko (test/nextjs/fakeUpstreams.mjs). An admin edits three categories
// with the keyboard alone and saves; two admins edit the same user and the second one rebases after
// the 409; a viewer's save is refused by the proxy. Upstream's state is asserted after each.
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { watch } from './browserCheck.mjs';
import { HANKO_KEY, SESSION_TOKEN, SYNODIC_KEY, USER_ID, VIEWER_SESSION_TOKEN } from './fakeUpstreams.mjs';
import { editValue, tabTo } from './keyboardOnly.mjs';

const TIMEOUT = 20_000;
const EDIT_PATH = `/admin/users/${USER_ID}/edit`;

const tree = (page, title) => page.locator('#editor').getByRole('tree', { name: title });
const row = (page, title, key) =>
  tree(page, title).locator('[role="treeitem"]').filter({ has: page.locator('.rum-json-key', { hasText: new RegExp(`^${key}$`) }) });

/** A browser context signed in with `token` (the cookie the sign-in route sets), and its watched page. */
async function openEditor(browser, origin, token) {
  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'UTC' });
  await context.addCookies([{ name: 'admin_session', value: token, url: origin }]);
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const seen = watch(page);
  await page.goto(`${origin}${EDIT_PATH}`);
  await page.waitForLoadState('networkidle');
  return { context, page, seen };
}

/** Save by keyboard (Shift+Tab back up to it), then wait for the page's "Saved" status. */
async function saveByKeyboard(page) {
  await tabTo(page, page.locator('#editor').getByRole('button', { name: 'Save' }), { backwards: true });
  await page.keyboard.press('Enter');
}

/** From /admin, by keyboard: sign in, pick the user, follow "Edit metadata". */
async function openUserByKeyboard(page, origin, check) {
  await page.goto(`${origin}/admin`);
  await tabTo(page, page.getByLabel('Admin token'));
  await page.keyboard.type(SESSION_TOKEN);
  await Promise.all([page.waitForURL(`${origin}/admin`), page.keyboard.press('Enter')]);
  await tabTo(page, page.getByLabel('Hanko user id'));
  await page.keyboard.type(USER_ID);
  await Promise.all([page.waitForURL(`${origin}/admin?user=${USER_ID}`), page.keyboard.press('Enter')]);
  await tabTo(page, page.getByRole('link', { name: 'Edit metadata' }));
  await Promise.all([page.waitForURL(`${origin}${EDIT_PATH}`), page.keyboard.press('Enter')]);
  await page.waitForLoadState('networkidle');
  const heading = await page.getByRole('heading', { level: 1 }).innerText();
  check(heading === 'Edit metadata', 'by keyboard: sign in, pick the user, Edit metadata opens the editor page', heading);
}

const EXPECTED_PATCH = {
  public_metadata: { seats: 12 },
  private_metadata: { stripe_customer: 'cus_rotated_value' },
  unsafe_metadata: { theme: 'light' },
};

/** The diff under the trees and the patch Save sends, then Next change by keyboard. */
async function checkReview(page, check) {
  const review = page.locator('#editor').getByRole('region', { name: '3 changes' });
  const listed = await review.locator('li').evaluateAll((items) =>
    items.map((item) => `${item.dataset.change} ${item.querySelector('code')?.textContent}`),
  );
  const expected = ['changed public_metadata.seats', 'changed private_metadata.stripe_customer', 'changed unsafe_metadata.theme'];
  check(JSON.stringify(listed.toSorted()) === JSON.stringify(expected.toSorted()), 'the diff lists the three changes', listed.join(', '));
  const marked = await page.locator('#editor [role="treeitem"][data-change="changed"]').count();
  check(marked === 3, 'the trees mark the three changed rows', `${marked} marked`);
  const patchText = await review.locator('pre').innerText();
  check(JSON.stringify(JSON.parse(patchText)) === JSON.stringify(EXPECTED_PATCH), 'the patch shown is the three changes', patchText);
  await tabTo(page, review.getByRole('button', { name: 'Next change' }));
  await page.keyboard.press('Enter');
  const current = await review.locator('li[aria-current="true"] code').innerText();
  check(current === 'public_metadata.seats', 'Next change (Enter) marks the first change as current', current);
}

/** One admin, keyboard alone: three categories changed, reviewed, saved; a reload shows Hanko's state. */
async function editWithKeyboardAlone({ browser, origin, upstreams, check }) {
  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'UTC' });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const seen = watch(page);
  await openUserByKeyboard(page, origin, check);
  await editValue(page, tree(page, 'Public metadata'), 'seats', '12');
  await tabTo(page, page.getByRole('button', { name: 'Reveal private metadata' }));
  await page.keyboard.press('Enter');
  await editValue(page, tree(page, 'Private metadata'), 'stripe_customer', 'cus_rotated_value');
  await editValue(page, tree(page, 'Unsafe metadata'), 'theme', 'light');
  await checkReview(page, check);
  await saveByKeyboard(page);
  await page.getByRole('status').filter({ hasText: /^Saved at/ }).waitFor();
  const sent = upstreams.state.patches.map((text) => JSON.parse(text));
  check(
    sent.length === 1 && JSON.stringify(sent[0]) === JSON.stringify(EXPECTED_PATCH),
    'Hanko received exactly the patch shown',
    JSON.stringify(sent),
  );
  const stored = upstreams.state.metadata;
  check(
    stored.public_metadata.seats === 12 &&
      stored.public_metadata.team === 'analytics' &&
      stored.private_metadata.stripe_customer === 'cus_rotated_value' &&
      stored.unsafe_metadata.theme === 'light',
    'Hanko holds the three new values and kept the rest',
    JSON.stringify(stored),
  );
  const marks = await page.locator('#editor [data-change]').count();
  check(marks === 0, 'after Save the editor shows the stored state: no change marked', `${marks} marked`);

  await page.reload();
  await page.waitForLoadState('networkidle');
  const seats = await row(page, 'Public metadata', 'seats').innerText();
  const theme = await row(page, 'Unsafe metadata', 'theme').innerText();
  await tabTo(page, page.getByRole('button', { name: 'Reveal private metadata' }));
  await page.keyboard.press('Enter');
  const customer = await row(page, 'Private metadata', 'stripe_customer').innerText();
  check(
    seats.includes('12') && theme.includes('light') && customer.includes('cus_rotated_value'),
    'after a reload the page shows what Hanko stored',
    `${seats} | ${theme} | ${customer}`,
  );
  await context.close();
  return seen;
}

/** Two admins on the same user: the second save is a 409, the conflict view, a rebase, both changes kept. */
async function twoAdmins({ browser, origin, upstreams, check }) {
  const first = await openEditor(browser, origin, SESSION_TOKEN);
  const second = await openEditor(browser, origin, SESSION_TOKEN);
  await editValue(first.page, tree(first.page, 'Public metadata'), 'role', 'owner');
  await editValue(second.page, tree(second.page, 'Public metadata'), 'team', 'platform');
  await saveByKeyboard(first.page);
  await first.page.getByRole('status').filter({ hasText: /^Saved at/ }).waitFor();
  const patchesBefore = upstreams.state.patches.length;
  await saveByKeyboard(second.page);
  const conflict = second.page.getByRole('alert', { name: /Someone else changed/ });
  await conflict.waitFor();
  // Each side is its heading's box: the heading and the list under it.
  const side = (name) => conflict.getByRole('heading', { name }).locator('xpath=..').innerText();
  const theirs = await side('Their changes');
  const mine = await side('Your changes');
  check(
    /public_metadata\.role\s+"admin"\s+→\s+"owner"/.test(theirs) && /public_metadata\.team\s+"analytics"\s+→\s+"platform"/.test(mine),
    'the second save is a 409: the conflict view shows their change beside mine',
    `theirs: ${theirs} | mine: ${mine}`,
  );
  check(upstreams.state.patches.length === patchesBefore, 'the 409 sent no patch to Hanko', `${upstreams.state.patches.length - patchesBefore} sent`);
  await tabTo(second.page, conflict.getByRole('button', { name: 'Keep both and review' }));
  await second.page.keyboard.press('Enter');
  await conflict.waitFor({ state: 'detached' });
  await saveByKeyboard(second.page);
  await second.page.getByRole('status').filter({ hasText: /^Saved at/ }).waitFor();
  const stored = upstreams.state.metadata.public_metadata;
  check(
    stored.role === 'owner' && stored.team === 'platform' && stored.seats === 12,
    'after the rebase and Save, Hanko holds both admins’ changes',
    JSON.stringify(stored),
  );
  await Promise.all([first.context.close(), second.context.close()]);
  return [first.seen, second.seen];
}

/** A viewer's Save: the proxy's 403 reaches the editor as an alert, the draft kept, Hanko untouched. */
async function viewerRefused({ browser, origin, upstreams, check }) {
  const viewer = await openEditor(browser, origin, VIEWER_SESSION_TOKEN);
  const { page } = viewer;
  const before = JSON.stringify(upstreams.state.metadata);
  const patches = upstreams.state.patches.length;
  await editValue(page, tree(page, 'Unsafe metadata'), 'theme', 'sepia');
  const refused = page.waitForResponse((response) => response.request().method() === 'PATCH');
  await saveByKeyboard(page);
  const status = (await refused).status();
  const alert = await page.locator('#editor').getByRole('alert').innerText();
  check(status === 403 && /couldn.t save/i.test(alert) && /403|forbidden/i.test(alert), 'a viewer’s Save gets the proxy’s 403, shown in an alert', `${status}: ${alert}`);
  const kept = await row(page, 'Unsafe metadata', 'theme').getAttribute('data-change');
  check(kept === 'changed', 'the viewer’s draft is kept', String(kept));
  check(
    JSON.stringify(upstreams.state.metadata) === before && upstreams.state.patches.length === patches,
    'nothing of the viewer’s edit reached Hanko',
    JSON.stringify(upstreams.state.metadata),
  );
  await viewer.context.close();
  return viewer.seen;
}

/** Runs the editor checks; `check(ok, name, detail)` records each. */
export async function checkEditorInBrowser({ origin, upstreams, check }) {
  const { chromium } = await import('playwright');
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const run = { browser, origin, upstreams, check };
    const watched = [await editWithKeyboardAlone(run), ...(await twoAdmins(run)), await viewerRefused(run)];
    const problems = watched.flatMap((seen) => seen.problems);
    check(problems.length === 0, 'no console error or warning (hydration included), no page error', problems.join(' | '));
    const bodies = watched.flatMap((seen) => seen.bodies);
    const leaks = bodies.filter(({ text }) => text.includes(HANKO_KEY) || text.includes(SYNODIC_KEY));
    check(leaks.length === 0, `no API key in any of the ${bodies.length} responses the browsers received`, leaks.map(({ url }) => url).join(', '));
  } finally {
    await browser.close();
  }
}
