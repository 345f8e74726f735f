import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { timeline } from './support/timeline.ts';

const ready = async (page: Page) =>
  expect(page.getByRole('button', { name: 'Zoom in', exact: true })).toBeVisible();

test('a reader searches by an actor alias and the count is announced', async ({ page }) => {
  // The years from the Bangladesh Bank heist to the Singapore summit, drawn as marks, not clusters.
  await page.goto('./?from=2015-07-01&to=2018-12-31');
  await ready(page);
  await page.getByRole('searchbox', { name: 'Search events' }).fill('BlueNoroff');
  await expect(
    page.getByRole('status').filter({ hasText: /\d+ events? match “BlueNoroff”/ }),
  ).toBeVisible();
  await expect(page).toHaveURL(/q=BlueNoroff/);
  await expect(
    timeline(page).getByRole('button', { name: /^Bangladesh Bank heist/ }),
  ).not.toHaveClass(/dimmed/);
  await expect(
    timeline(page)
      .getByRole('button', { name: /^Singapore|^Trump and Kim/ })
      .first(),
  ).toHaveClass(/dimmed/);
});

test('a reader asks what the Lazarus Group stole and what the world did: open the filters, choose the actor', async ({
  page,
}) => {
  await page.goto('./');
  await ready(page);
  await page.getByText('Filters', { exact: true }).click();
  await page.getByRole('combobox', { name: 'Actor', exact: true }).selectOption('lazarus-group');
  await expect(page.getByRole('heading', { level: 2, name: 'Lazarus Group' })).toBeVisible();
  await expect(page.getByText(/MITRE ATT&CK/).getByRole('link', { name: 'G0032' })).toBeVisible();
  await expect(page).toHaveURL(/actor=lazarus-group/);
  const url = page.url();
  expect(url).toContain('actor=lazarus-group');
  const other = await page.context().newPage();
  await other.goto(url);
  await expect(other.getByRole('combobox', { name: 'Actor', exact: true })).toHaveValue(
    'lazarus-group',
  );
  await expect(other.getByRole('heading', { level: 2, name: 'Lazarus Group' })).toBeVisible();
});

test('filters show how many events they keep, keep the window, and clear together', async ({
  page,
}) => {
  await page.goto('./?from=2016-01-01&to=2019-12-31');
  await ready(page);
  await page.getByText('Filters', { exact: true }).click();
  const option = page
    .getByRole('combobox', { name: 'Minimum amount' })
    .locator('option', { hasText: /\$100M or more \(\d+\)/ });
  await expect(option).toHaveCount(1);
  await page.getByRole('combobox', { name: 'Minimum amount' }).selectOption('100000000');
  await page.getByRole('checkbox', { name: /Attributed/ }).check();
  await expect(page).toHaveURL(/min=100000000/);
  await expect(page).toHaveURL(/confidence=attributed/);
  await expect(page).toHaveURL(/from=2016-01-01&to=2019-12-31/);
  // The one in the filters (an empty chart offers its own too).
  await page
    .getByRole('group', { name: 'Filters' })
    .getByRole('button', { name: 'Clear filters' })
    .click();
  await expect(page).not.toHaveURL(/min=|confidence=/);
});

test('an empty result says so and offers to clear the filters', async ({ page }) => {
  await page.goto('./?q=zzzznothing');
  await ready(page);
  await expect(page.getByText('No events match these filters.')).toBeVisible();
  await timeline(page).getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).not.toHaveURL(/q=/);
});

test('with every category unticked the timeline says why it is empty, and Clear filters brings them back', async ({
  page,
}) => {
  await page.goto('./');
  await ready(page);
  const boxes = page.getByRole('group', { name: /Categories/ }).getByRole('checkbox');
  for (const box of await boxes.all()) await box.uncheck();
  await expect(page.getByText('No events match these filters.')).toBeVisible();
  await timeline(page).getByRole('button', { name: 'Clear filters' }).click();
  await expect(boxes.first()).toBeChecked();
  await expect(page).not.toHaveURL(/cat=/);
});

test('the list of an empty window says so and offers no button that would do nothing', async ({
  page,
}) => {
  await page.goto('./?show=list&from=2007-01-01&to=2007-01-08');
  await expect(page.getByText('No events in this window. Zoom out or pan.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Clear filters' })).toHaveCount(0);
});

test('a reader switches to the list, sorts by amount and opens an event from it', async ({
  page,
}) => {
  await page.goto('./?cat=theft');
  await ready(page);
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await expect(page).toHaveURL(/show=list/);
  const table = page.getByRole('table');
  await table.getByRole('button', { name: 'Amount' }).click();
  await expect(table.getByRole('columnheader', { name: /Amount/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect(table.getByRole('row').nth(1)).toContainText('Bybit');
  await table.getByRole('button', { name: /Bybit/ }).first().click();
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toContainText(
    'Bybit',
  );
  // Closing the details returns the keyboard to the row it was opened from.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await expect(table.getByRole('button', { name: /Bybit/ }).first()).toBeFocused();
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  await expect(timeline(page)).toBeVisible();
});

test('with an event selected, arcs connect it to related events in other lanes', async ({
  page,
}) => {
  await page.goto('./?event=bangladesh-bank-heist');
  await ready(page);
  // The arcs are drawn with the chart, which comes a frame after the controls: wait for them.
  await expect(timeline(page).locator('.arcs path').first()).toBeAttached();
  expect(await timeline(page).locator('.arcs path').count()).toBeGreaterThan(0);
});

test('a reader toggles the money chart and reads a value with the keyboard', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  await page.getByRole('button', { name: 'Money chart' }).click();
  await expect(page).toHaveURL(/money=1/);
  const chart = page.getByRole('slider', { name: /Money chart/ });
  await expect(page.getByRole('figure', { name: /amounts as reported at the time/ })).toBeVisible();
  await chart.focus();
  await page.keyboard.press('End');
  await expect(chart).toHaveAttribute('aria-valuetext', /total so far/);
  await page.getByRole('button', { name: 'Money chart' }).click();
  await expect(chart).toHaveCount(0);
});

test('a link with a theme opens in that theme, and the Theme menu shows it', async ({ page }) => {
  await page.goto('./?theme=dark');
  await expect(timeline(page)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

for (const theme of ['light', 'dark'] as const) {
  test(`the list view in the ${theme} theme has no axe violations`, async ({ page }) => {
    await page.goto('./?show=list&event=wannacry-ransomware&money=1');
    await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expect(page.getByRole('table')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test(`the timeline with filters open in the ${theme} theme has no axe violations`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('./?actor=apt38&q=bank&money=1');
    await expect(timeline(page)).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('a reader asks what happened around the Singapore summit: search, then open it', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // Ten years on a wide screen: long enough that opening an event zooms in, and room enough that
  // the 2018 summits are drawn as marks (on the whole range they are clustered).
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./?from=2011-01-01&to=2020-12-31');
  await ready(page);
  await page.getByRole('searchbox', { name: 'Search events' }).fill('Singapore');
  await timeline(page)
    .getByRole('button', { name: /^Trump and Kim Jong Un hold first/ })
    .click();
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toContainText(
    'Trump and Kim Jong Un',
  );
  // The timeline now shows the years around the summit, with the related events linked.
  await expect(page).toHaveURL(/from=2016-.*&to=2019-/);
  await expect(
    page.getByRole('complementary').getByRole('heading', { name: 'Related events' }),
  ).toBeVisible();
  const url = page.url();
  const other = await page.context().newPage();
  await other.goto(url);
  await expect(other.getByRole('complementary').getByRole('heading', { level: 2 })).toContainText(
    'Trump and Kim Jong Un',
  );
  await expect(other.getByRole('searchbox', { name: 'Search events' })).toHaveValue('Singapore');
});
