import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('the main view has no axe violations', async ({ page }) => {
  await page.goto('./');
  await expect(
    page.getByRole('region', { name: 'Timeline' }).getByRole('button').first(),
  ).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.violations).toEqual([]);
});

test('the view with an event open has no axe violations', async ({ page }) => {
  await page.goto('./?event=wannacry-ransomware');
  await expect(page.getByRole('complementary')).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.violations).toEqual([]);
});
