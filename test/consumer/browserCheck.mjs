// The Chromium part of the consumer smoke test: starts the app's own server (server.mjs: the built
// client, the server-rendered page and the library's proxy), opens it in Debian's Chromium through
// Playwright (never a downloaded browser), and checks what a user does and sees.
import { spawn } from 'node:child_process';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

const TIMEOUT = 15_000;

/**
 * Starts `node server.mjs` in the app (serving `dist`, the build to test) with the variant's Node binary
 * and resolves once it listens.
 */
function startServer(dir, dist, node) {
  return new Promise((resolveStart, rejectStart) => {
    const child = spawn(node, ['server.mjs'], {
      cwd: dir,
      env: { ...process.env, APP_DIST: dist },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => {
      child.kill();
      rejectStart(new Error(`server.mjs did not start within 10 s:\n${output}`));
    }, 10_000);
    const onData = (chunk) => {
      output += chunk;
      const match = /listening (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveStart({ url: match[1], child, output: () => output });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      rejectStart(new Error(`server.mjs exited with ${code}:\n${output}`));
    });
  });
}

/** What the focused element is, seen from inside the page. */
function focusedTreeItem(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    const role = element?.getAttribute('role') ?? null;
    if (!element || role !== 'treeitem') return { role };
    const tree = element.closest('[role="tree"]');
    const items = tree ? [...tree.querySelectorAll('[role="treeitem"]')] : [];
    return {
      role: 'treeitem',
      text: element.textContent?.trim() ?? '',
      level: Number(element.getAttribute('aria-level')),
      posinset: Number(element.getAttribute('aria-posinset')),
      expanded: element.getAttribute('aria-expanded'),
      tabIndex: element.tabIndex,
      isLastRendered: items.at(-1) === element,
      isFirstRendered: items[0] === element,
    };
  });
}

/** `state=… kind=… text` of a component frame, for failure messages. */
async function describe(locator) {
  return locator
    .evaluate(
      (element) => {
        const kind = element.querySelector('[data-kind]')?.getAttribute('data-kind') ?? '-';
        const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 160);
        return `state=${element.getAttribute('data-state')} kind=${kind} "${text}"`;
      },
      null,
      { timeout: 2_000 },
    )
    .catch((error) => `not found (${error.message.split('\n')[0]})`);
}

/**
 * React's development build reports every hydration difference (attributes included) on the console,
 * where the production build only reports text differences, and only to onRecoverableError.
 */
async function checkDevelopmentHydration(browser, dir, node, check) {
  const server = await startServer(dir, 'dist-dev', node);
  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'UTC' });
  try {
    const page = await context.newPage();
    const problems = [];
    page.on('console', (message) => {
      if (['error', 'warning'].includes(message.type()) && !/^Failed to load resource/.test(message.text())) {
        problems.push(`${message.type()}: ${message.text().split('\n')[0]}`);
      }
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.goto(server.url);
    await page.waitForFunction(() => window.__consumer?.hydrated === true, null, { timeout: TIMEOUT });
    const react = await page.evaluate(() => window.__consumer.reactBuild);
    check(react === 'development', 'dev build: React runs its development build', String(react));
    // Let effects and the first client fetches settle: warnings can come after the first commit.
    await page.waitForTimeout(500);
    check(problems.length === 0, 'dev build: hydration and first render log no warning or error', problems.join(' | '));
  } finally {
    await context.close();
    server.child.kill();
  }
}

/**
 * Runs every browser check against the app in `dir`. Resolves with `{ ok, detail, show }` for run.mjs:
 * `detail` has one PASS/FAIL line per check.
 */
export async function checkInBrowser({ dir, node = process.execPath }) {
  const lines = [];
  let failures = 0;
  const check = (ok, name, info = '') => {
    lines.push(`${ok ? 'PASS' : 'FAIL'} ${name}${!ok && info ? `: ${info}` : ''}`);
    if (!ok) failures += 1;
    return ok;
  };
  /** Runs one scenario; a throw (a timeout, say) fails it with the reason and moves on. */
  const scenario = async (name, body) => {
    try {
      await body();
    } catch (error) {
      check(false, name, error instanceof Error ? error.message.split('\n').slice(0, 6).join(' / ') : String(error));
    }
  };

  // Resolved from this repository's node_modules (playwright 1.65.1 is a devDependency); installs no browser.
  const { chromium } = await import('playwright');
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    await scenario('development build hydrates without a warning', () =>
      checkDevelopmentHydration(browser, dir, node, check),
    );
  } catch (error) {
    await browser.close();
    throw error;
  }
  const server = await startServer(dir, 'dist', node).catch(async (error) => {
    await browser.close();
    throw error;
  });
  const served = {};
  const consoleErrors = [];
  const pageErrors = [];
  try {
    const context = await browser.newContext({ locale: 'en-US', timezoneId: 'UTC' });
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await scenario('page loads, MSW worker starts, React hydrates', async () => {
      const response = await page.goto(server.url);
      check(response?.status() === 200, 'server answers the page', `status ${response?.status()}`);
      const html = (await response?.text()) ?? '';
      served.count = /data-testid="repository-count">([^<]*)</.exec(html)?.[1];
      served.role = /data-testid="hanko-role">([^<]*)</.exec(html)?.[1];
      check(
        /^\d+$/.test(served.count ?? '') && /^\w+$/.test(served.role ?? ''),
        'the served page is server-rendered with data',
        `repository count ${served.count}, role ${served.role}`,
      );
      await page.waitForFunction(() => window.__consumer?.hydrated === true, null, { timeout: TIMEOUT });
      const status = await page.evaluate(() => window.__consumer);
      check(
        status.recoverableErrors.length === 0,
        'hydrateRoot reports no recoverable (mismatch) error',
        status.recoverableErrors.join(' | '),
      );
      const worker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null);
      check(
        Boolean(worker?.endsWith('/mockServiceWorker.js')),
        'the MSW service worker controls the page',
        String(worker),
      );
    });

    await scenario('hooks show the server data after hydration', async () => {
      const count = await page.getByTestId('repository-count').textContent();
      const role = await page.getByTestId('hanko-role').textContent();
      check(
        count === served.count && role === served.role,
        'hooks keep the server data after hydration',
        `count ${count}, role ${role}; server sent ${served.count}, ${served.role}`,
      );
    });

    // The first answer is an HTTP error from the mocks: ErrorState must say `http`, not `network`
    // (a `network` kind here means the request never reached the mock, e.g. fetch failed to run).
    const retryFlow = async (name, testId, successState, firstStatus) => {
      const frame = page.getByTestId(testId);
      await scenario(name, async () => {
        try {
          await frame.and(page.locator('[data-state="error"]')).waitFor();
        } finally {
          const shown = await describe(frame);
          check(
            shown.includes('state=error') && shown.includes('kind=http'),
            `${name}: the first request fails with HTTP ${firstStatus} and ErrorState offers Retry`,
            shown,
          );
        }
        await frame.getByRole('button', { name: 'Retry' }).click();
        try {
          await frame.and(page.locator(`[data-state="${successState}"]`)).waitFor();
        } finally {
          const shown = await describe(frame);
          check(shown.includes(`state=${successState}`), `${name}: after Retry the data appears`, shown);
        }
      });
      return frame;
    };

    const card = await retryFlow('Retry (Synodic, MSW in the browser)', 'synodic-retry', 'success', 503);
    const repositories = await card.getByRole('listitem').count();
    check(repositories > 0, 'Retry (Synodic): the card lists the repositories', `${repositories} repositories`);

    const inspector = await retryFlow('Retry (Hanko, through the app proxy)', 'hanko-retry', 'success', 500);
    const rows = await inspector.getByRole('treeitem').count();
    check(rows > 0, 'Retry (Hanko): the inspector shows the metadata tree', `${rows} tree items`);

    await scenario('keyboard walk of the inspector tree', async () => {
      const tree = page.getByTestId('hanko-inspector').getByRole('tree').first();
      await tree.locator('[role="treeitem"][tabindex="0"]').focus();
      let at = await focusedTreeItem(page);
      check(at.role === 'treeitem' && at.tabIndex === 0, 'tree: the roving tab stop takes focus', JSON.stringify(at));

      await page.keyboard.press('Home');
      at = await focusedTreeItem(page);
      check(
        at.level === 1 && at.posinset === 1 && at.isFirstRendered,
        'tree: Home focuses the first item',
        JSON.stringify(at),
      );

      // Down to the first collapsed container, counting the moves.
      let moved = 0;
      for (; moved < 40 && at.expanded !== 'false'; moved += 1) {
        const before = at.text;
        await page.keyboard.press('ArrowDown');
        at = await focusedTreeItem(page);
        if (moved === 0)
          check(
            at.text !== before && at.role === 'treeitem',
            'tree: ArrowDown moves to the next item',
            JSON.stringify(at),
          );
      }
      if (
        !check(at.expanded === 'false', 'tree: a collapsed container is reachable with ArrowDown', JSON.stringify(at))
      )
        return;
      const container = at;

      await page.keyboard.press('ArrowRight');
      at = await focusedTreeItem(page);
      check(
        at.text.split(':')[0] === container.text.split(':')[0] && at.expanded === 'true',
        'tree: ArrowRight expands (aria-expanded false → true), focus stays',
        JSON.stringify(at),
      );

      await page.keyboard.press('ArrowRight');
      at = await focusedTreeItem(page);
      check(
        at.level === container.level + 1 && at.posinset === 1,
        'tree: ArrowRight again moves to the first child',
        JSON.stringify(at),
      );

      await page.keyboard.press('ArrowLeft');
      at = await focusedTreeItem(page);
      check(
        at.level === container.level && at.expanded === 'true',
        'tree: ArrowLeft on a child moves to its parent',
        JSON.stringify(at),
      );

      await page.keyboard.press('ArrowLeft');
      at = await focusedTreeItem(page);
      check(
        at.level === container.level && at.expanded === 'false',
        'tree: ArrowLeft collapses (aria-expanded true → false)',
        JSON.stringify(at),
      );

      await page.keyboard.press('End');
      at = await focusedTreeItem(page);
      check(at.role === 'treeitem' && at.isLastRendered, 'tree: End focuses the last item', JSON.stringify(at));

      await page.keyboard.press('Home');
      at = await focusedTreeItem(page);
      check(at.level === 1 && at.posinset === 1, 'tree: Home returns to the first item', JSON.stringify(at));
    });

    const status = await page.evaluate(() => window.__consumer).catch(() => undefined);
    check(
      status?.unhandledRequests.length === 0,
      'every Synodic request was answered by an MSW handler',
      JSON.stringify(status?.unhandledRequests),
    );
    // A browser logs failed loads itself (the 503 and 500 of the retry flows, the fixture photo's host).
    const unexpected = consoleErrors.filter((text) => !/^Failed to load resource/.test(text));
    check(unexpected.length === 0, 'no console error (hydration warnings included)', unexpected.join(' | '));
    check(pageErrors.length === 0, 'no uncaught page error', pageErrors.join(' | '));
  } finally {
    await browser.close();
    server.child.kill();
  }
  return { ok: failures === 0, detail: lines.join('\n'), show: true };
}
