import { expect, test, type Page } from '@playwright/test';
import { timeline } from './support/timeline.ts';

// A made-up sheet id; every request to Google is answered here, never sent.
const SHEET = 'https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';

// TimelineJS's template columns, as its CSV export gives them.
const TIMELINEJS_CSV = [
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
  ',,,,,,,,,Computing pioneers,<p>People who made computing.</p>,,,,,title,,',
  '1815,12,10,,,,,,,Ada Lovelace is born,,,,,,,People,',
  '1843,,,,,,,,,Notes on the Analytical Engine,,,,,,,Machines,',
].join('\n');

/** Answers Google's CSV addresses: `csv` for those in `answers`, a sign-in page for the others. */
async function google(page: Page, answers: Record<string, string>) {
  const asked: string[] = [];
  await page.route('https://docs.google.com/**', (route) => {
    const url = route.request().url();
    asked.push(url);
    const headers = { 'access-control-allow-origin': '*' };
    return answers[url] !== undefined
      ? route.fulfill({ body: answers[url], contentType: 'text/csv', headers })
      : route.fulfill({
          body: '<!DOCTYPE html><html><title>Sign in</title></html>',
          contentType: 'text/html',
          headers,
        });
  });
  return asked;
}

test('a teacher opens a TimelineJS Google Sheet by its edit link and sees its slides', async ({
  page,
}) => {
  const asked = await google(page, {
    [`${SHEET}/export?format=csv&gid=42`]: TIMELINEJS_CSV,
  });
  await page.goto(`./?show=timeline&data=${encodeURIComponent(`${SHEET}/edit#gid=42`)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Computing pioneers');
  await expect(page.getByRole('status').filter({ hasText: 'Showing your data' })).toContainText(
    /Google Sheet\s*from docs\.google\.com \(2 events\)/,
  );
  await expect(timeline(page).getByRole('button', { name: /^Ada Lovelace is born/ })).toBeVisible();
  expect(asked).toContain(`${SHEET}/export?format=csv&gid=42`);
});

test('a sheet only published to the web is read from its published CSV, as TimelineJS reads it', async ({
  page,
}) => {
  await google(page, { [`${SHEET}/pub?output=csv`]: TIMELINEJS_CSV });
  await page.goto(`./?show=timeline&data=${encodeURIComponent(`${SHEET}/edit?usp=sharing`)}`);
  await expect(
    timeline(page).getByRole('button', { name: /^Notes on the Analytical/ }),
  ).toBeVisible();
});

test('a sheet that is not published gets a message that says how to publish it', async ({
  page,
}) => {
  await google(page, {});
  await page.goto(`./?data=${encodeURIComponent(`${SHEET}/edit#gid=0`)}`);
  await expect(page.getByText(/File > Share > Publish to web/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to the curated timeline' })).toBeVisible();
});

test('a reader pastes a Google Sheets link into Open link and the sheet opens', async ({
  page,
}) => {
  await google(page, { [`${SHEET}/export?format=csv`]: TIMELINEJS_CSV });
  await page.goto('./?show=timeline');
  await page.getByText('Open link').click();
  await page
    .getByLabel('Address of a JSON or CSV file, or a Google Sheets link')
    .fill(`${SHEET}/edit`);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Computing pioneers');
  await expect(page).toHaveURL(/[?&]data=https%3A\/\/docs\.google\.com\/spreadsheets\//);
});

test('Open link says what to write when the address is not a link', async ({ page }) => {
  await page.goto('./?show=timeline');
  await page.getByText('Open link').click();
  const field = page.getByLabel('Address of a JSON or CSV file, or a Google Sheets link');
  await field.fill('my sheet');
  await field.press('Enter');
  await expect(page.getByRole('alert')).toHaveText(
    'Write a whole address that starts with https://',
  );
  await expect(field).toHaveAttribute('aria-invalid', 'true');
});
