import { expect, type Frame, type Page } from '@playwright/test';

/** The chart, as a screen reader finds it: the region named "Timeline". */
export const timeline = (page: Page | Frame) => page.getByRole('region', { name: 'Timeline' });

/** Waits until the chart has drawn its first marks. */
export async function chartReady(page: Page | Frame) {
  await expect(timeline(page).getByRole('button').first()).toBeVisible();
}
