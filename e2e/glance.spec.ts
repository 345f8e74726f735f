import { expect, test } from '@playwright/test';
import { chartReady, timeline } from './support/timeline.ts';

test('a keyboard user skips to the timeline with the first Tab', async ({ page }) => {
  await page.goto('./');
  await chartReady(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the timeline' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(timeline(page).locator(':focus')).toHaveCount(1);
});

test('a mark dimmed by the search says it does not match', async ({ page }) => {
  await page.goto('./?from=2016-01-01&to=2016-12-31&q=Bangladesh');
  await chartReady(page);
  await expect(
    timeline(page).getByRole('button', { name: /^Bangladesh Bank heist.*Thefts$/ }),
  ).toHaveCount(1);
  await expect(
    timeline(page)
      .getByRole('button', { name: /does not match the search$/ })
      .first(),
  ).toBeAttached();
});

test('the eras are drawn, listed for screen readers, and hidden by eras=0', async ({ page }) => {
  await page.goto('./?from=2018-01-01&to=2019-12-31');
  await chartReady(page);
  await expect(page.getByRole('list', { name: 'Eras shown as shaded bands' })).toContainText(
    'Summit diplomacy, Panmunjom to Stockholm',
  );
  await page.getByRole('checkbox', { name: 'Eras' }).uncheck();
  await expect(page).toHaveURL(/eras=0/);
  await expect(page.getByRole('list', { name: 'Eras shown as shaded bands' })).toHaveCount(0);
});
