import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { MAX_CHARACTERS } from '../src/data/import/importLimits.ts';
import { timeline } from './support/timeline.ts';

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
  // Imports are lenient: a repeated id gets a new one, and the row is shown with a warning.
  const report = page.getByRole('status').filter({ hasText: 'of your data' });
  // 20,000 rows through the import worker, then the report's code, loaded on demand: on a busy
  // 2-core CI machine this takes longer than the default 5 s.
  await expect(report.getByRole('heading', { level: 2 })).toHaveText(
    '19,999 rows of your data shown with a warning',
    { timeout: 20_000 },
  );
  await expect(report.getByRole('listitem')).toHaveText([
    'events: rows 3, 4, 5 and 19,996 more, field "id": "same" is the id of an earlier event too, so a new id was made from the title',
  ]);
  await expect(page.getByRole('status').filter({ hasText: 'Showing your data' })).toContainText(
    /same\.csv.*\(20000 events\)/,
  );
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
    page.getByRole('heading', { name: '19,999 rows of your data shown with a warning' }),
  ).toBeVisible({ timeout: 20_000 });
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

const SHEET =
  'Year,Headline,Text\n2016,Bangladesh Bank heist,SWIFT fraud.\n2017,WannaCry,Ransomware.\n';

/**
 * A server on its own port, as a reader's would be (the page reads it across origins, with CORS):
 * /stall.csv sends its first bytes and then nothing until the next request asks for it again;
 * /bomb.csv is a small gzip body that inflates past the size limit.
 */
let server: Server;
let origin = '';
let stallRequests = 0;
test.beforeAll(async () => {
  const bomb = gzipSync(Buffer.alloc(MAX_CHARACTERS + 1_000_000, 0x20));
  server = createServer((request, response) => {
    const headers = { 'access-control-allow-origin': '*', 'content-type': 'text/csv' };
    if (request.url === '/bomb.csv') {
      response.writeHead(200, { ...headers, 'content-encoding': 'gzip' });
      response.end(bomb);
    } else if (request.url === '/stall.csv' && stallRequests++ === 0) {
      response.writeHead(200, headers);
      response.write(SHEET.slice(0, 20));
    } else {
      response.writeHead(200, headers);
      response.end(SHEET);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, resolve));
  origin = `http://localhost:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => {
  server.closeAllConnections();
  server.close();
});

test('a download that stalls shows what has arrived, then offers to retry or cancel', async ({
  page,
}) => {
  stallRequests = 0;
  await page.clock.install();
  await page.goto(`./?show=timeline&data=${encodeURIComponent(`${origin}/stall.csv`)}`);
  await expect(page.getByText('Loading the timeline… 1 KB received')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.clock.runFor(30_000);
  const offer = page.getByRole('alert');
  await expect(offer).toContainText('Nothing has arrived from localhost');
  await offer.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Showing your data' })).toContainText(
    /stall\.csv.*\(2 events\)/,
  );
});

test('a reader cancels a download that stalls and gets a way back', async ({ page }) => {
  stallRequests = 0;
  await page.clock.install();
  await page.goto(`./?show=timeline&data=${encodeURIComponent(`${origin}/stall.csv`)}`);
  await expect(page.getByText(/received/)).toBeVisible();
  await page.clock.runFor(30_000);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'stall.csv: file: was not loaded: the download was cancelled.',
  );
  await expect(page.getByRole('link', { name: 'Back to the curated timeline' })).toBeVisible();
});

test('a gzip bomb is refused for the size of its text, not called empty', async ({ page }) => {
  await page.goto(`./?data=${encodeURIComponent(`${origin}/bomb.csv`)}`);
  // A quarter of a gigabyte is inflated and decoded before the limit is passed: seconds on a busy machine.
  await expect(page.getByRole('alert')).toContainText('is too large to import', {
    timeout: 60_000,
  });
});

test('a UTF-16 sheet loads from a URL as it does from the file picker', async ({ page }) => {
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SHEET, 'utf16le')]);
  await page.goto(await serve(page, 'unicode.csv', utf16));
  await expect(page.getByRole('status').filter({ hasText: 'Showing your data' })).toContainText(
    /unicode\.csv.*\(2 events\)/,
  );
  await page.getByLabel('Open data file').setInputFiles({
    name: 'picked.csv',
    mimeType: 'text/csv',
    buffer: utf16,
  });
  await expect(page.getByRole('status').filter({ hasText: 'Showing your data' })).toContainText(
    /picked\.csv.*\(2 events\)/,
  );
});

test('a PNG renamed .json is called an image, not a JSON file missing a comma', async ({
  page,
}) => {
  const png = Buffer.from(
    '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489',
    'hex',
  );
  await page.goto(await serve(page, 'timeline.json', png, 'application/json'));
  await expect(page.getByRole('alert')).toContainText(
    'This file is not JSON or CSV but an image (PNG)',
  );
});
