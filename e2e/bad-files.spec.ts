import { expect, test, type Page } from '@playwright/test';

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });

/** Serves a reader's file at a URL on the test server, as a newsroom's own server would. */
async function serve(page: Page, name: string, body: string | Buffer, contentType = 'text/csv') {
  await page.route(`**/mine/${name}`, (route) => route.fulfill({ body, contentType }));
  return `./?show=timeline&data=${encodeURIComponent(`/mine/${name}`)}`;
}

const SAME_ID = [
  'id,title,start,category,summary',
  ...Array.from({ length: 20_000 }, (_, i) => `same,T${i},2000,theft,s`),
].join('\n');

test('a journalist loads 20,000 rows that share one id and gets one line for them, from a URL', async ({
  page,
}) => {
  await page.goto(await serve(page, 'same.csv', SAME_ID));
  const report = page.getByRole('status').filter({ hasText: 'could not be shown' });
  await expect(report.getByRole('heading', { level: 2 })).toHaveText(
    '19,999 rows of your data could not be shown',
  );
  await expect(report.getByRole('listitem')).toHaveText([
    'events: rows 3, 4, 5 and 19,996 more, field "id": duplicate id "same": ids must be unique',
  ]);
  await expect(page.getByText('Showing your data: same.csv (1 event)')).toBeVisible();
});

test('a journalist opens the same 20,000 rows from the computer and gets the same report', async ({
  page,
}) => {
  await page.goto('./?show=timeline');
  await page.getByLabel('Open data file').setInputFiles({
    name: 'same.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(SAME_ID),
  });
  await expect(
    page.getByRole('heading', { name: '19,999 rows of your data could not be shown' }),
  ).toBeVisible();
});

test('a slide whose only problem is an http link is counted as shown with a warning', async ({
  page,
}) => {
  const file = JSON.stringify({
    events: [
      {
        start_date: { year: 2016 },
        text: { headline: 'Linked', text: '<a href="http://example.org/a">a link</a>' },
      },
      { start_date: { year: '20l8' }, text: { headline: 'Bad year' } },
    ],
  });
  await page.goto(await serve(page, 'slides.json', file, 'application/json'));
  const report = page.getByRole('status').filter({ hasText: 'of your data' });
  await expect(report.getByRole('heading', { level: 2 })).toHaveText(
    '1 event of your data could not be shown; 1 event shown with a warning',
  );
  await expect(report.getByRole('heading', { name: 'Left out', exact: true })).toBeVisible();
  await expect(
    report.getByRole('heading', { name: 'Shown with a warning', exact: true }),
  ).toBeVisible();
  await expect(timeline(page).getByRole('button', { name: /^Linked/ })).toBeVisible();
});
