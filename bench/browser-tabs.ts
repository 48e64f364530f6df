import type { Page } from 'playwright-core';

/**
 * Closes every other tab of the browser (the welcome page the extension opens on install) and
 * brings `page` to the front. Chromium gives a tab behind another one animation frame a second:
 * anything measured with frames, marks set after a frame or `requestAnimationFrame` would
 * measure that instead of the page. Call it after seeding, before measuring.
 */
export async function onlyTab(page: Page): Promise<void> {
  for (const other of page.context().pages()) if (other !== page) await other.close();
  await page.bringToFront();
}
