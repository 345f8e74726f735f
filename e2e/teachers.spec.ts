import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';

const STORY = 'bank-robbers-swift-heists';
const presentation = (page: Page) =>
  page.getByRole('dialog', { name: /Bank robbers|The events shown/ });
const progress = (page: Page) => presentation(page).getByText(/^step \d+ of \d+$/);

test('a teacher enters presentation mode from the Present menu and leaves it with Escape', async ({
  page,
}) => {
  await page.goto('./?cat=theft');
  await page.getByText('Present', { exact: true }).click();
  await page.getByRole('button', { name: /^Present the events shown \(\d+\)$/ }).click();
  await expect(presentation(page)).toBeVisible();
  await expect(progress(page)).toHaveText(/^step 1 of \d+$/);
  await expect(page).toHaveURL(/present=1/);
  await expect(presentation(page).getByRole('heading', { level: 2 })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(presentation(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/present=/);
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
});

test('every clicker and keyboard binding moves, blanks or leaves', async ({ page }) => {
  await page.goto(`./?story=${STORY}`);
  await expect(progress(page)).toHaveText('step 1 of 14');
  const steps: [string, number][] = [
    ['ArrowRight', 2],
    ['ArrowDown', 3],
    ['Space', 4],
    ['PageDown', 5],
    ['n', 6],
    ['N', 7],
    ['ArrowLeft', 6],
    ['ArrowUp', 5],
    ['PageUp', 4],
    ['p', 3],
    ['P', 2],
    ['End', 14],
    ['Home', 1],
  ];
  for (const [key, expected] of steps) {
    await page.keyboard.press(key);
    await expect(progress(page), `after ${key}`).toHaveText(`step ${expected} of 14`);
  }
  await page.keyboard.press('b');
  await expect(page.getByText('Screen blanked. Press B to show it again.')).toBeAttached();
  await page.keyboard.press('b');
  await expect(page.getByText('Screen blanked. Press B to show it again.')).toHaveCount(0);
  await page.keyboard.press('.');
  await expect(page.getByText('Screen blanked. Press B to show it again.')).toBeAttached();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('Screen blanked. Press B to show it again.')).toHaveCount(0);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.keyboard.press('F');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
  await page.keyboard.press('Escape');
  await expect(presentation(page)).toHaveCount(0);
});

test('the step lives in the URL, so a bookmark opens the same slide', async ({ page }) => {
  await page.goto(`./?story=${STORY}&step=4`);
  await expect(progress(page)).toHaveText('step 4 of 14');
  const title = await presentation(page).getByRole('heading', { level: 2 }).textContent();
  await presentation(page).getByRole('button', { name: 'Next' }).click();
  await expect(page).toHaveURL(/step=5/);
  await page.reload();
  await expect(progress(page)).toHaveText('step 5 of 14');
  await page.goBack();
  await expect(progress(page)).toHaveText('step 4 of 14');
  await expect(presentation(page).getByRole('heading', { level: 2 })).toHaveText(title!);
});

test('a teacher presents a story from start to end with PageDown', async ({ page }) => {
  await page.goto(`./?story=${STORY}`);
  const headings = new Set<string>();
  for (let step = 1; step <= 14; step++) {
    await expect(progress(page)).toHaveText(`step ${step} of 14`);
    headings.add((await presentation(page).getByRole('heading', { level: 2 }).textContent())!);
    await page.keyboard.press('PageDown');
  }
  await expect(progress(page)).toHaveText('step 14 of 14');
  await expect(presentation(page).getByRole('button', { name: 'Next' })).toBeDisabled();
  expect(headings.size).toBeGreaterThan(10);
  await expect(
    presentation(page)
      .getByRole('heading', { name: 'Discuss' })
      .or(presentation(page).getByText(/Source:/))
      .first(),
  ).toBeVisible();
});

test('a story prints as a handout of its steps with narration and questions', async ({ page }) => {
  await page.goto(`./?story=${STORY}&step=2`);
  await expect(progress(page)).toHaveText('step 2 of 14');
  await page.emulateMedia({ media: 'print' });
  const handout = page.locator('.handout');
  await expect(handout).toBeVisible();
  await expect(handout.getByRole('list').first().locator(':scope > li')).toHaveCount(14);
  await expect(handout).toContainText('Questions for discussion');
  await expect(progress(page)).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
});

test('a story works in an embed', async ({ page }) => {
  await page.goto(`./?embed=1&story=${STORY}`);
  await expect(progress(page)).toHaveText('step 1 of 14');
  await page.keyboard.press('PageDown');
  await expect(progress(page)).toHaveText('step 2 of 14');
});

test('an unknown story falls back to the events, and says so', async ({ page }) => {
  await page.goto('./?story=no-such-story');
  await expect(
    page.getByText('There is no story “no-such-story”; showing the events instead.'),
  ).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'The events shown, in time order' })).toBeVisible();
});

test('presentation mode has no axe violations', async ({ page }) => {
  await page.goto(`./?story=${STORY}&step=3`);
  await expect(progress(page)).toHaveText('step 3 of 14');
  await expectNoAxeViolations(page);
});
