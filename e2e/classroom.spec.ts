import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const presentation = (page: Page) => page.getByRole('dialog', { name: /./ });
const progress = (page: Page) => presentation(page).getByText(/^step \d+ of \d+$/);

test('the Present and Download menus close on Escape and on a click outside, giving focus back to their button', async ({
  page,
}) => {
  await page.goto('./');
  for (const name of ['Present', 'Download']) {
    const button = page.locator('summary', { hasText: new RegExp(`^${name}$`) });
    const menu = page.locator('details', { has: button });
    await button.click();
    await expect(menu).toHaveAttribute('open', '');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect(menu).not.toHaveAttribute('open', '');
    await expect(button).toBeFocused();
    await button.click();
    await expect(menu).toHaveAttribute('open', '');
    await page.getByRole('heading', { level: 1 }).click();
    await expect(menu).not.toHaveAttribute('open', '');
  }
});

test('the Present menu leads with the stories and counts the events shown, all on a 1024x768 screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('./');
  await page.locator('summary', { hasText: /^Present$/ }).click();
  const menu = page.locator('.present-menu .menu');
  await expect(menu.getByRole('button').first()).toContainText(/steps\)/);
  const shown = menu.getByRole('button', { name: /^Present the events shown \(\d+\)$/ });
  // Over 40 events: the menu suggests narrowing them, or presenting only the landmarks; the
  // stories scroll within the menu, so these stay on the screen however many stories there are.
  const landmarks = menu.getByRole('button', { name: /^Present only the landmarks \(\d+\)$/ });
  for (const choice of [shown, menu.getByText(/is a long lesson/), landmarks])
    await expect(choice).toBeInViewport({ ratio: 1 });
  await landmarks.click();
  await expect(page).toHaveURL(/present=landmarks/);
  const count = Number((await progress(page).textContent())!.match(/of (\d+)/)![1]);
  expect(count).toBeLessThan(202);
  expect(count).toBeGreaterThan(10);
});

test('presentation mode is modal, and leaving it restores the view and the focus', async ({
  page,
}) => {
  await page.goto('./?from=2016-01-01&to=2017-12-31&cat=theft,legal&event=bangladesh-bank-heist');
  const before = new URL(page.url()).search;
  const button = page.locator('summary', { hasText: /^Present$/ });
  await button.click();
  await page.getByRole('button', { name: /^From Sony to WannaCry/ }).click();
  await expect(progress(page)).toHaveText(/^step 1 of \d+$/);
  // Tab never reaches the page under the presentation (past its last control it goes to the
  // browser's own controls, as from a modal dialog, and then back into the presentation).
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate(
      () =>
        document.activeElement === document.body ||
        document.activeElement?.closest('[role="dialog"]') !== null,
    );
    expect(inside, `after Tab ${i + 1}`).toBe(true);
  }
  await page.keyboard.press('End');
  await page.keyboard.press('Escape');
  await expect(presentation(page)).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).search).toBe(before);
  await expect(page.getByRole('complementary')).toContainText('Bangladesh Bank');
  await expect(button).toBeFocused();
});

test('leaving an actor page gives focus back to the control that opened it', async ({ page }) => {
  await page.goto('./?event=wannacry-ransomware');
  const actor = page.getByRole('complementary').getByRole('button', { name: 'Lazarus Group' });
  await actor.click();
  await expect(page).toHaveURL(/actor=lazarus-group/);
  await page.getByRole('button', { name: 'Show all actors' }).click();
  await expect(page).not.toHaveURL(/actor=/);
  await expect(actor).toBeFocused();
});

test('S opens the presenter view, which drives the audience window, and either window steers both', async ({
  page,
  context,
}) => {
  await page.goto('./?story=sony-to-wannacry');
  await expect(progress(page)).toHaveText('step 1 of 14');
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await presenter.waitForLoadState();
  const presenterProgress = presenter.getByText(/^step \d+ of 14$/);
  await expect(presenterProgress).toHaveText('step 1 of 14');
  await expect(presenter.getByRole('heading', { name: /^Next: / })).toBeVisible();
  await expect(presenter.getByRole('heading', { name: 'Notes' })).toBeVisible();

  await presenter.getByRole('button', { name: 'Next' }).click();
  await expect(progress(page)).toHaveText('step 2 of 14');
  await presenter.keyboard.press('PageDown');
  await expect(progress(page)).toHaveText('step 3 of 14');
  const steps = presenter.getByRole('navigation', { name: 'Steps' }).getByRole('button');
  await steps.nth(9).click();
  await expect(progress(page)).toHaveText('step 10 of 14');
  await presenter.keyboard.press('b');
  await expect(page.getByText('Screen blanked. Press B to show it again.')).toBeAttached();
  await presenter.keyboard.press('b');
  await expect(page.getByText('Screen blanked. Press B to show it again.')).toHaveCount(0);

  // A clicker plugged into the audience's computer moves the presenter view too.
  await page.bringToFront();
  await page.keyboard.press('PageDown');
  await expect(progress(page)).toHaveText('step 11 of 14');
  await expect(presenterProgress).toHaveText('step 11 of 14');
  await expect(steps.nth(10)).toHaveAttribute('aria-current', 'step');

  const results = await new AxeBuilder({ page: presenter }).withTags(TAGS).analyze();
  expect(results.violations).toEqual([]);
});

test('presentation mode has no axe violations on a fitted slide', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./?story=summits-and-hacks&step=4');
  await expect(page.locator('.present[data-fitted="4"]')).toBeAttached();
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.violations).toEqual([]);
});

test('Compare sets the 12 months before and after the selected event side by side, and it is in the URL', async ({
  page,
}) => {
  await page.goto('./?event=singapore-summit');
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/compare=2017-06-12\/2018-06-11,2018-06-12\/2019-06-11/);
  const compare = page.getByRole('region', { name: 'Compare two periods' });
  await expect(
    compare.getByRole('heading', { name: /^Before: 12 Jun 2017 – 11 Jun 2018$/ }),
  ).toBeVisible();
  await expect(
    compare.getByRole('heading', { name: /^After: 12 Jun 2018 – 11 Jun 2019$/ }),
  ).toBeVisible();
  await expect(compare.getByText(/thefts?, \$[\d,]+ stolen/).first()).toBeVisible();
  await expect(compare.getByText(/Reporting lags/)).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.violations).toEqual([]);
  await page.reload();
  await expect(compare).toBeVisible();
  await compare.getByRole('button', { name: 'Close comparison' }).click();
  await expect(page).not.toHaveURL(/compare=/);
});

for (const ext of ['png', 'svg', 'csv', 'json'] as const)
  test(`a teacher downloads the comparison, not the timeline, as ${ext.toUpperCase()}`, async ({
    page,
  }) => {
    await page.goto('./?compare=2017-06-12/2018-06-11,2018-06-12/2019-06-11');
    await expect(page.getByRole('region', { name: 'Compare two periods' })).toBeVisible();
    await page.getByText('Download', { exact: true }).click();
    const label = {
      png: 'Image (PNG, 2×)',
      svg: 'Image (SVG)',
      csv: 'Events (CSV)',
      json: 'Events (JSON)',
    };
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: label[ext] }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      `dprk-cyber-timeline-compare-2017-06-12-to-2018-06-11-and-2018-06-12-to-2019-06-11.${ext}`,
    );
    const text = readFileSync((await download.path())!, ext === 'png' ? 'latin1' : 'utf8');
    if (ext === 'png') expect(text.slice(1, 4)).toBe('PNG');
    if (ext === 'svg') {
      expect(text).toContain('Before: 12 Jun 2017 – 11 Jun 2018');
      expect(text).toContain('After: 12 Jun 2018 – 11 Jun 2019');
      expect(text).toMatch(/\d+ thefts?, \$[\d,]+ stolen/);
      expect(text).toContain('Reporting lags');
    }
    if (ext === 'csv') {
      const [header, ...rows] = text.trim().split('\n');
      expect(header).toMatch(/^period,id,title,start/);
      expect(rows.some((r) => r.startsWith('Before: 12 Jun 2017 – 11 Jun 2018,'))).toBe(true);
      expect(
        rows.some((r) => r.startsWith('After: 12 Jun 2018 – 11 Jun 2019,singapore-summit,')),
      ).toBe(true);
    }
    if (ext === 'json') {
      const { comparison } = JSON.parse(text);
      expect(comparison.map((p: { from: string; to: string }) => `${p.from}/${p.to}`)).toEqual([
        '2017-06-12/2018-06-11',
        '2018-06-12/2019-06-11',
      ]);
      expect(comparison[1].events.map((e: { id: string }) => e.id)).toContain('singapore-summit');
      expect(comparison[1].eventsPerCategory.diplomacy).toBeGreaterThan(0);
    }
  });

test('a comparison works in an embed', async ({ page }) => {
  await page.goto('./?embed=1&compare=2017/2017,2018/2018');
  await expect(
    page.getByRole('heading', { name: /^Before: 1 Jan 2017 – 31 Dec 2017$/ }),
  ).toBeVisible();
});
