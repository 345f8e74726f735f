import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';

test('the main view has no axe violations', async ({ page }) => {
  await page.goto('./');
  await expect(
    page.getByRole('region', { name: 'Timeline' }).getByRole('button').first(),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the view with an event open has no axe violations', async ({ page }) => {
  await page.goto('./?event=wannacry-ransomware');
  await expect(page.getByRole('complementary')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a compact 500 px embed, with its label rows and lane-name gutter, has no axe violations', async ({
  page,
}) => {
  await page.setViewportSize({ width: 500, height: 500 });
  await page.goto('./?embed=1');
  await expect(
    page.getByRole('region', { name: 'Timeline' }).getByRole('button').first(),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});
