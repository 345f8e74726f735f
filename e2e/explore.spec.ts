import { expect, test, type Page } from '@playwright/test';
import { DAY } from '../src/data/day.ts';
import { timeline } from './support/timeline.ts';

const mark = (page: Page, title: string) =>
  timeline(page).getByRole('button', { name: new RegExp(`^${title}`) });
const windowText = (page: Page) => page.getByText(/ – .* · \d+ events?/);
/** The years of the Bangladesh Bank heist and WannaCry: on the whole range their lanes are clustered. */
const heistYears = async (page: Page) => {
  await page.goto('./?from=2015-07-01&to=2017-12-31');
  await expect(timeline(page).getByRole('button').first()).toBeVisible();
};

// Zoom buttons animate the move; with reduced motion it is instant, so each URL below is final.
test.use({ reducedMotion: 'reduce' });

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(timeline(page).getByRole('button').first()).toBeVisible();
});

test('a reader sees the seeded events in lanes with their dates in their names', async ({
  page,
}) => {
  await heistYears(page);
  await expect(mark(page, 'Bangladesh Bank heist')).toHaveAccessibleName(
    /Bangladesh Bank heist, .*2016, Thefts/,
  );
  await expect(mark(page, 'WannaCry')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Sanctions' })).toBeChecked();
  // Every mark is named "<title>, <date>, <category>", the date at its precision (clusters say how many events they hold).
  const names = (
    await timeline(page)
      .getByRole('button')
      .evaluateAll((marks) => marks.map((m) => m.getAttribute('aria-label') ?? ''))
  ).filter((n) => !n.endsWith('Press Enter to zoom in.'));
  expect(
    names.filter((n) => !/, (\d{1,2} )?([A-Z][a-z]{2} )?\d{4}( – .+)?, [A-Z][\w ]+$/.test(n)),
  ).toEqual([]);
  expect(names.length).toBeGreaterThanOrEqual(30);
});

test('a reader zooms in and out with the buttons and returns to the whole timeline', async ({
  page,
}) => {
  const before = await windowText(page).textContent();
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=/);
  await expect(windowText(page)).not.toHaveText(before!);
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect(page.getByRole('button', { name: 'Show all' })).toBeEnabled();
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(page).not.toHaveURL(/from=/);
  await expect(windowText(page)).toHaveText(before!);
  await expect(page.getByRole('button', { name: 'Show all' })).toBeDisabled();
});

test('a reader zooms with the mouse wheel around the pointer', async ({ page }) => {
  const box = (await timeline(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 200);
  for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -200);
  // The URL follows a gesture a few times a second, so it settles on the zoomed view shortly after.
  const span = () => {
    const url = new URL(page.url());
    return (
      Date.parse(url.searchParams.get('to') ?? '') - Date.parse(url.searchParams.get('from') ?? '')
    );
  };
  await expect.poll(span).toBeLessThan(10 * 365 * DAY);
});

test('a reader drags the timeline to pan it', async ({ page }) => {
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await expect(page).toHaveURL(/from=/);
  const from = new URL(page.url()).searchParams.get('from');
  const box = (await timeline(page).boundingBox())!;
  await page.mouse.move(box.x + 600, box.y + 30);
  await page.mouse.down();
  await page.mouse.move(box.x + 300, box.y + 30, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => new URL(page.url()).searchParams.get('from')).not.toBe(from);
  expect(Date.parse(new URL(page.url()).searchParams.get('from')!)).toBeGreaterThan(
    Date.parse(from!),
  );
});

test('a reader hides a category with its legend checkbox', async ({ page }) => {
  await heistYears(page);
  await page.getByRole('checkbox', { name: 'Thefts' }).uncheck();
  await expect(mark(page, 'Bangladesh Bank heist')).toHaveCount(0);
  await expect(page).toHaveURL(/cat=/);
  expect(new URL(page.url()).searchParams.get('cat')).not.toContain('theft');
  await page.getByRole('checkbox', { name: 'Thefts' }).check();
  await expect(mark(page, 'Bangladesh Bank heist')).toBeVisible();
  await expect(page).not.toHaveURL(/cat=/);
});

test('a reader opens an event with the mouse and reads its sources', async ({ page }) => {
  await heistYears(page);
  await mark(page, 'Bangladesh Bank heist').click();
  const details = page.getByRole('complementary', { name: 'Bangladesh Bank heist' });
  await expect(details.getByRole('heading', { name: 'Bangladesh Bank heist' })).toBeFocused();
  await expect(details.getByText('Feb 2016')).toBeVisible();
  await expect(details.getByRole('heading', { name: 'Sources' })).toBeVisible();
  const firstSource = details.getByRole('list').last().getByRole('link').first();
  await expect(firstSource).toHaveAttribute('href', /^https:\/\//);
  await expect(page).toHaveURL(/event=bangladesh-bank-heist/);
});

test('pointing at a mark shows its title and date beside it, and moving away hides them', async ({
  page,
}) => {
  await heistYears(page);
  await mark(page, 'Bangladesh Bank heist').hover();
  // The tip repeats the mark's accessible name for sighted pointer users, so it is hidden from screen readers.
  const tip = page.locator('.tip');
  await expect(tip).toContainText('Bangladesh Bank heist');
  await expect(tip).toContainText('Feb 2016');
  await page.mouse.move(2, 2);
  await expect(tip).toHaveCount(0);
});

test('a reader follows a related event and the timeline moves to it', async ({ page }) => {
  await heistYears(page);
  await mark(page, 'Bangladesh Bank heist').click();
  const details = page.getByRole('complementary');
  await details
    .getByRole('link', { name: /Park Jin Hyok/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 2, name: /Park Jin Hyok/ })).toBeVisible();
  await expect(page).not.toHaveURL(/event=bangladesh-bank-heist/);
});

test('a keyboard user reaches the timeline in one tab stop, moves with arrows and opens with Enter', async ({
  page,
}) => {
  // "Show all" is disabled in the default view, so Tab goes from "Zoom out" into the timeline.
  await page.getByRole('button', { name: 'Zoom out' }).focus();
  await page.keyboard.press('Tab');
  const first = timeline(page).locator('[tabindex="0"]');
  await expect(first).toHaveCount(1);
  await expect(first).toBeFocused();
  const firstName = await first.getAttribute('aria-label');
  await page.keyboard.press('ArrowRight');
  const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
  await expect.poll(focusedName).not.toBe(firstName);
  await page.keyboard.press('End');
  await expect.poll(focusedName).toMatch(/2025/);
  // Home goes to the first event, drawn as a mark even where its lane is clustered.
  await page.keyboard.press('Home');
  await expect.poll(focusedName).toMatch(/2006/);
  const homeName = await focusedName();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('complementary').getByRole('heading', { level: 2 });
  await expect(heading).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await expect.poll(focusedName).toBe(homeName);
});

test('a keyboard user zooms with + and -', async ({ page }) => {
  await timeline(page).locator('[tabindex="0"]').focus();
  await page.keyboard.press('+');
  await expect(page).toHaveURL(/from=/);
  await page.keyboard.press('-');
  await expect(page).not.toHaveURL(/from=/);
});

test('a shared link restores the window, the categories and the open event', async ({ page }) => {
  await page.goto(
    './?from=2016-01-01&to=2016-12-31&cat=theft,sanction&event=bangladesh-bank-heist',
  );
  await expect(
    page.getByRole('heading', { level: 2, name: 'Bangladesh Bank heist' }),
  ).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Thefts' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Legal actions' })).not.toBeChecked();
  await expect(windowText(page)).toContainText('1 Jan 2016 – 31 Dec 2016');
});

test('bad values in the URL fall back to the default view', async ({ page }) => {
  await page.goto('./?from=yesterday&to=2016-02-30&cat=bogus&event=%3Cscript%3E');
  await expect(timeline(page).getByRole('button').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show all' })).toBeDisabled();
  await expect(page.getByRole('complementary')).toHaveCount(0);
});

test('Back after a zoom returns to the previous view, and Forward redoes it', async ({ page }) => {
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await expect(page).toHaveURL(/from=/);
  const zoomed = page.url();
  await page.goBack();
  await expect(page).not.toHaveURL(/from=/);
  await expect(page.getByRole('button', { name: 'Show all' })).toBeDisabled();
  await page.goForward();
  await expect(page).toHaveURL(zoomed);
  await expect(page.getByRole('button', { name: 'Show all' })).toBeEnabled();
});

test('a wheel gesture makes one history entry, not one per wheel tick', async ({ page }) => {
  const box = (await timeline(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 200);
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -120);
  await expect(page).toHaveURL(/from=/);
  await page.waitForTimeout(800);
  await page.goBack();
  await expect(page).not.toHaveURL(/from=/);
});

test('a reader downloads the dataset as JSON and CSV, with its licence', async ({
  page,
  request,
}) => {
  const footer = page.getByRole('contentinfo');
  await expect(footer.getByRole('link', { name: 'CC BY 4.0' })).toBeVisible();
  await expect(footer.getByText(/Cite this dataset as/)).toBeVisible();
  const csvHref = await footer.getByRole('link', { name: 'events.csv' }).getAttribute('href');
  const csv = await (await request.get(csvHref!)).text();
  expect(csv.split('\n')[0]).toMatch(/^id,title,start,end,category,summary/);
  expect(csv).toContain('bangladesh-bank-heist');
  const jsonHref = await footer.getByRole('link', { name: 'events.json' }).getAttribute('href');
  const json = (await (await request.get(jsonHref!)).json()) as { events: unknown[] };
  expect(json.events.length).toBeGreaterThanOrEqual(200);
});
