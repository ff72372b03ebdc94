// Runs after every story test (vitest setup file of the storybook project): once the story has
// rendered, played and passed Storybook's own axe run in the light theme, its canvas is compared with
// the committed screenshot, then switched to the dark theme, checked with axe again on the real dark
// canvas, and compared with the dark screenshot. Update the screenshots with `npm run test:screenshots`.
import axe from 'axe-core';
import { afterEach, expect } from 'vitest';
import { page } from 'vitest/browser';

/** Waits for two frames, so a theme switch is painted before the screenshot or the axe run. */
const painted = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

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
  // The canvas fills the viewport in Storybook; the screenshot needs only the story.
  canvas.style.minHeight = '0';
  await document.fonts.ready;
  await expect.element(page.elementLocator(canvas)).toMatchScreenshot(`${storyId}-light`);
  canvas.dataset.theme = 'dark';
  await painted();
  expect(await darkThemeViolations(canvas)).toEqual([]);
  await expect.element(page.elementLocator(canvas)).toMatchScreenshot(`${storyId}-dark`);
});
