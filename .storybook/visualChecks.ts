// Runs after every story test (vitest setup file of the storybook project): once the story has
// rendered, played and passed Storybook's own axe run in the light theme, its canvas is compared with
// the committed screenshots at the developers' guide's two widths, 1200 px (Storybook's own viewport)
// and 390 px (a phone), in the light and the dark theme; axe runs again on the real dark canvas.
// Update the screenshots with `npm run test:screenshots`.
import axe from 'axe-core';
import { afterEach, expect } from 'vitest';
import { page } from 'vitest/browser';

/** Storybook's viewport in story tests; the page around the frame is tall enough to show it unscaled. */
const DESKTOP = { width: 1200, height: 900 };
const PHONE_WIDTH = 390;

/** Waits for two frames, so a theme switch is painted before the screenshot or the axe run. */
const painted = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/**
 * Sets the frame's width and makes it as tall as the story: content below the frame's bottom edge is
 * not painted, and would show as a white band at the foot of a tall dark screenshot.
 */
async function fitViewport(canvas: HTMLElement, width: number) {
  await page.viewport(width, DESKTOP.height);
  await painted();
  const height = Math.ceil(canvas.getBoundingClientRect().bottom);
  if (height > DESKTOP.height) {
    await page.viewport(width, height);
    await painted();
  }
}

async function darkThemeViolations(canvas: HTMLElement): Promise<string[]> {
  const results = await axe.run(canvas, { resultTypes: ['violations'] });
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

afterEach(async (context) => {
  const storyId = (context.task.meta as { storyId?: string }).storyId;
  if (!storyId || context.task.result?.state === 'fail') return;
  const canvas = document.querySelector<HTMLElement>('[data-theme]');
  if (!canvas) throw new Error(`${storyId}: no themed canvas to check`);
  const screenshot = (name: string) => expect.element(page.elementLocator(canvas)).toMatchScreenshot(name);
  // The canvas fills the viewport in Storybook; the screenshot needs only the story.
  canvas.style.minHeight = '0';
  await document.fonts.ready;
  await fitViewport(canvas, DESKTOP.width);
  await screenshot(`${storyId}-light`);
  canvas.dataset.theme = 'dark';
  await painted();
  expect(await darkThemeViolations(canvas)).toEqual([]);
  await screenshot(`${storyId}-dark`);
  await fitViewport(canvas, PHONE_WIDTH);
  await screenshot(`${storyId}-390-dark`);
  canvas.dataset.theme = 'light';
  await painted();
  await screenshot(`${storyId}-390-light`);
});
