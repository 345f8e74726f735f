import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('on a phone the page never scrolls sideways', async ({ page }) => {
  await page.goto('./?event=bangladesh-bank-heist');
  await expect(page.getByRole('complementary')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('on a phone a reader taps an event and closes its details', async ({ page }) => {
  await page.goto('./?from=2016-01-01&to=2016-06-30');
  await page.getByRole('region', { name: 'Timeline' }).getByRole('button', { name: /^Bangladesh Bank heist/ }).tap();
  const details = page.getByRole('complementary');
  await expect(details.getByRole('heading', { name: 'Bangladesh Bank heist' })).toBeVisible();
  await details.getByRole('button', { name: 'Close details' }).tap();
  await expect(details).toHaveCount(0);
});

test('the phone layout has no axe violations', async ({ page }) => {
  await page.goto('./?event=wannacry-ransomware');
  await expect(page.getByRole('complementary')).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations).toEqual([]);
});
