// Driving a page with the keyboard alone, as an admin without a mouse would: Tab to a control, arrow
// keys to a tree row, F2 to edit it. Nothing here clicks or focuses an element from the script.

const FOCUS_STEPS = 80;

/** Whether `locator`'s element is the focused one (false while it does not exist). */
function hasFocus(locator) {
  return locator.evaluate((element) => element === document.activeElement, undefined, { timeout: 500 }).catch(() => false);
}

/** Presses Tab (Shift+Tab with `backwards`) until `target` has focus; throws when it never does. */
export async function tabTo(page, target, { backwards = false } = {}) {
  await target.waitFor();
  for (let presses = 0; presses < FOCUS_STEPS; presses += 1) {
    if (await hasFocus(target)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${FOCUS_STEPS} presses of ${backwards ? 'Shift+Tab' : 'Tab'} did not reach ${target}`);
}

/** The key of the focused tree row, or `undefined` when focus is not on a row. */
function focusedRowKey(page) {
  return page.evaluate(() => {
    const row = document.activeElement?.closest('[role="treeitem"]');
    return row ? (row.querySelector('.rum-json-key')?.textContent ?? '') : undefined;
  });
}

/** Tabs into `tree` and presses ArrowDown until the row of member `key` has focus. */
export async function arrowToRow(page, tree, key) {
  await tabTo(page, tree.locator('[role="treeitem"][tabindex="0"]'));
  for (let presses = 0; presses < FOCUS_STEPS; presses += 1) {
    if ((await focusedRowKey(page)) === key) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`ArrowDown did not reach the row of ${key}`);
}

/**
 * In an editor tree: to the row of `key`, F2, Tab to the value input, select its text, type `text`,
 * Enter to commit. Resolves once the row is back from editing.
 */
export async function editValue(page, tree, key, text) {
  await arrowToRow(page, tree, key);
  await page.keyboard.press('F2');
  const input = tree.getByRole('textbox', { name: 'Value' });
  await tabTo(page, input);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'detached' });
}
