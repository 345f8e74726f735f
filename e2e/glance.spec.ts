import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
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

/** The pull quote of John Demers on the Park Jin Hyok charges, wherever it is shown. */
const demersQuote = (page: Page) => page.getByRole('figure', { name: 'Quote from John Demers' });

test('a reader sees an event’s key quote, with its speaker and source, in the details, the list and a slide of the events shown', async ({
  page,
}) => {
  await page.goto('./?event=park-jin-hyok-complaint');
  const details = page.getByRole('complementary');
  await expect(demersQuote(page).getByRole('blockquote')).toContainText(
    'indiscriminately affected victims in more than 150 other countries',
  );
  await expect(demersQuote(page)).toContainText('Assistant Attorney General for National Security');
  await expect(details.getByRole('figure').getByRole('link')).toHaveAttribute(
    'href',
    /^https:\/\//,
  );
  await expectNoAxeViolations(page, 'aside');

  await page.goto('./?show=list&from=2018-09-01&to=2018-09-30');
  await expect(
    page.getByRole('row', { name: /Park Jin Hyok/ }).getByRole('figure', {
      name: 'Quote from John Demers',
    }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'table');

  // Presenting the events shown (a story's slide has its own narration instead).
  await page.goto('./?present=1&q=Park%20Jin%20Hyok%20over%20Sony');
  const slideHeading = page.getByRole('dialog').getByRole('heading', { level: 2 });
  await expect(slideHeading).toBeVisible();
  for (let i = 0; i < 3 && !(await slideHeading.textContent())?.startsWith('US charges'); i++) {
    await page.keyboard.press('PageDown');
    await expect(page.getByRole('dialog').getByText(`step ${i + 2} of`)).toBeVisible();
  }
  await expect(
    page.getByRole('dialog').getByRole('figure', { name: 'Quote from John Demers' }),
  ).toBeVisible();
  await expectNoAxeViolations(page, '.present');
});
