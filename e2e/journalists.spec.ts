import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { timeline } from './support/timeline.ts';
import { serveData } from './support/dataServer.ts';

const FIXTURES = resolve(import.meta.dirname, '../src/data/import/fixtures');
const VIEW = 'from=2016-01-01&to=2018-12-31&cat=theft,sanction&event=bangladesh-bank-heist';

const NATIVE_JSON = JSON.stringify({
  events: [
    {
      id: 'my-first',
      title: 'My first event',
      start: '2019-03',
      category: 'theft',
      summary: 'A <b>plain</b> summary.',
    },
    {
      id: 'my-second',
      title: 'My second event',
      start: '2019-05-02',
      category: 'legal',
      summary: 'Another.',
    },
  ],
});
const NATIVE_CSV =
  'id,title,start,category,summary\nalpha,Alpha event,2020-01-15,theft,"One, with a comma"\nbeta,Beta event,2020-13-01,theft,Bad month\n';

test('an embed shows exactly the chosen view, without the site chrome, with a credit link to the full site', async ({
  page,
}) => {
  await page.goto(`./?embed=1&${VIEW}&title=Heists%20and%20sanctions`);
  await expect(page.getByText('Heists and sanctions', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
  await expect(page.getByRole('searchbox')).toHaveCount(0);
  await expect(
    page.getByRole('complementary').getByRole('heading', { name: 'Bangladesh Bank heist' }),
  ).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Legal actions' })).not.toBeChecked();
  const credit = page.getByRole('link', { name: 'Open the full timeline' });
  await expect(credit).toHaveAttribute('href', new RegExp(`\\?${VIEW.replace(/[?]/g, '\\?')}$`));
});

test('an embed tells the host page its height in Datawrapper and pym.js formats, and the resize script uses them', async ({
  page,
  baseURL,
}) => {
  await page.route('**/host.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>Article</title><body><p>Article text</p>
        <iframe id="embed" src="${baseURL}?embed=1&${VIEW}&childId=chart-1" title="Timeline" style="width:100%;border:0" height="300"></iframe>
        <script>window.heights=[];window.addEventListener("message",function(e){window.heights.push(e.data)});</script>
        <script>window.addEventListener("message",function(e){var d=e.data&&e.data["datawrapper-height"];if(!d)return;var f=document.getElementsByTagName("iframe");for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source)for(var k in d)f[i].style.height=d[k]+"px"})</script>
        </body></html>`,
    }),
  );
  await page.goto('./host.html');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { heights: unknown[] }).heights.length))
    .toBeGreaterThan(1);
  const heights = await page.evaluate(() => (window as unknown as { heights: unknown[] }).heights);
  expect(heights).toContainEqual({ 'datawrapper-height': { 'chart-1': expect.any(Number) } });
  expect(
    heights.some((h) => typeof h === 'string' && /^pymxPYMxchart-1xPYMxheightxPYMx\d+$/.test(h)),
  ).toBe(true);
  await expect
    .poll(() => page.locator('#embed').evaluate((f) => f.getBoundingClientRect().height))
    .toBeGreaterThan(400);
});

test('a narrow embed with no view in its URL opens on the chart, not on the phone list', async ({
  page,
}) => {
  await page.setViewportSize({ width: 500, height: 600 });
  await page.goto('./?embed=1');
  await expect(timeline(page)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Eras in this window' })).toHaveCount(0);
  // The frame asks for about a screen, not for a list of every event.
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(1500);
});

test('in an embed the wheel scrolls the article until the reader clicks into the chart', async ({
  page,
}) => {
  await page.goto(`./?embed=1&${VIEW}`);
  await expect(timeline(page)).toBeVisible();
  const box = (await timeline(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 100);
  await page.mouse.wheel(0, -300);
  await expect(page.getByText(/Click the chart to zoom with the mouse wheel/)).toBeVisible();
  expect(new URL(page.url()).searchParams.get('from')).toBe('2016-01-01');
  await page.mouse.click(box.x + box.width / 2, box.y + 20);
  for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -200);
  await expect.poll(() => new URL(page.url()).searchParams.get('from')).not.toBe('2016-01-01');
});

test('the Share dialog gives the link, the embed code with options, and a live preview', async ({
  page,
}) => {
  await page.goto(`./?${VIEW}`);
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this view' });
  await expect(dialog.getByRole('textbox', { name: 'Link to this view' })).toHaveValue(
    new RegExp(VIEW.replace(/[?]/g, '\\?')),
  );
  const code = dialog.getByRole('textbox', { name: 'Embed code' });
  await expect(code).toHaveValue(
    /<iframe src="[^"]*embed=1[^"]*" title="[^"]+" aria-label="[^"]+" style="width:100%;border:0" height="600"/,
  );
  await dialog.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await dialog.getByRole('checkbox', { name: 'Show search and filters' }).check();
  await expect(code).toHaveValue(/controls=1&amp;theme=dark/);
  await expect(dialog.locator('iframe')).toHaveAttribute('src', /embed=1.*controls=1.*theme=dark/);
  const preview = page.frameLocator('dialog iframe');
  await expect(preview.getByRole('searchbox', { name: 'Search events' })).toBeVisible();
  await expectNoAxeViolations(page, 'dialog');
  await dialog.getByRole('button', { name: 'Close the Share dialog' }).click();
  await expect(dialog).toBeHidden();
});

test('the page advertises an oEmbed description of the timeline', async ({ page, request }) => {
  await page.goto('./');
  const href = await page
    .locator('link[rel="alternate"][type="application/json+oembed"]')
    .getAttribute('href');
  const oembed = (await (await request.get(href!)).json()) as { type: string; html: string };
  expect(oembed.type).toBe('rich');
  expect(oembed.html).toContain('embed=1');
});

for (const [name, body] of [
  ['mine.json', NATIVE_JSON],
  ['timeline.csv', readFileSync(resolve(FIXTURES, 'timelinejs-sample.csv'), 'utf8')],
  ['timeline.json', readFileSync(resolve(FIXTURES, 'timelinejs-sample.json'), 'utf8')],
] as const) {
  test(`a journalist loads ${name} from a URL`, async ({ page }) => {
    const url = await serveData(page, name, body);
    await page.goto(`./?show=timeline&data=${encodeURIComponent(url)}`);
    await expect(page.getByText(`Showing your data: ${name}`)).toBeVisible();
    // An event or a cluster of them (named "title, date, category" or "N things, from … to …"), not just a button.
    await expect(timeline(page).getByRole('button', { name: /, / }).first()).toBeVisible();
    expect(await timeline(page).getByRole('button').count()).toBeGreaterThan(0);
    await expect(page.getByRole('link', { name: 'Back to the curated timeline' })).toHaveAttribute(
      'href',
      /^\/\?show=timeline$/,
    );
  });
}

test('a file with bad rows shows the good ones and names each bad row, field and problem', async ({
  page,
}) => {
  const url = await serveData(page, 'ours.csv', NATIVE_CSV);
  await page.goto(`./?show=timeline&data=${encodeURIComponent(url)}`);
  await expect(timeline(page).getByRole('button', { name: /^Alpha event/ })).toBeVisible();
  const report = page
    .getByRole('status')
    .filter({ hasText: '1 row of your data could not be shown' });
  await expect(report).toContainText('row 3');
  await expect(report).toContainText('start');
});

test('a file that is not a dataset leaves a clear message and a way back', async ({ page }) => {
  const url = await serveData(page, 'notes.json', '{"hello": "world"}');
  await page.goto(`./?data=${encodeURIComponent(url)}`);
  await expect(page.getByRole('alert')).toContainText('Your data could not be shown');
  await page.getByRole('link', { name: 'Back to the curated timeline' }).click();
  await expect(timeline(page).getByRole('button').first()).toBeVisible();
});

test('a journalist opens a file from the computer, and its text stays text', async ({ page }) => {
  await page.goto('./?show=timeline');
  const hostile = JSON.stringify({
    events: [
      {
        id: 'x',
        title: '<img src=x onerror=alert(1)>',
        start: '2020',
        category: 'theft',
        summary: '<script>alert(1)</script>',
      },
    ],
  });
  await page.getByLabel('Open data file').setInputFiles({
    name: 'hostile.json',
    mimeType: 'application/json',
    buffer: Buffer.from(hostile),
  });
  await expect(page.getByText('Showing your data: hostile.json')).toBeVisible();
  await timeline(page)
    .getByRole('button', { name: /^<img src=x/ })
    .click();
  await expect(
    page.getByRole('complementary').getByText('<script>alert(1)</script>'),
  ).toBeVisible();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
});

for (const [label, ext] of [
  ['Image (PNG, 2×)', 'png'],
  ['Image (SVG)', 'svg'],
  ['Events (CSV)', 'csv'],
  ['Events (JSON)', 'json'],
] as const) {
  test(`a journalist downloads the view as ${ext.toUpperCase()}`, async ({ page }) => {
    await page.goto(`./?${VIEW}`);
    await expect(timeline(page)).toBeVisible();
    await page.getByText('Download', { exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: label }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^dprk-cyber-timeline-2016-01-01-to-2018-12-31\\.${ext}$`),
    );
    const text = readFileSync((await download.path())!, ext === 'png' ? 'latin1' : 'utf8');
    if (ext === 'svg') expect(text).toContain('Bangladesh Bank heist');
    if (ext === 'csv') expect(text.split('\n')[0]).toMatch(/^id,title,start/);
    if (ext === 'json') expect(JSON.parse(text).events.length).toBeGreaterThan(0);
    if (ext === 'png') expect(text.slice(1, 4)).toBe('PNG');
  });
}

test('the embed has no axe violations', async ({ page }) => {
  await page.goto(`./?embed=1&controls=1&${VIEW}`);
  await expect(timeline(page)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the print layout shows the chart and then the list of its events with sources', async ({
  page,
}) => {
  await page.goto(`./?${VIEW}`);
  await expect(timeline(page)).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('searchbox')).toBeHidden();
  await expect(page.locator('.print-list').getByRole('table')).toBeVisible();
  await expect(page.locator('.print-list')).toContainText('Bangladesh Bank heist');
});

test('a journalist drops a TimelineJS spreadsheet on the page', async ({ page }) => {
  await page.goto('./?show=timeline');
  await expect(timeline(page).getByRole('button').first()).toBeVisible();
  const csv = readFileSync(resolve(FIXTURES, 'timelinejs-sample.csv'), 'utf8');
  const transfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'my-timeline.csv', { type: 'text/csv' }));
    return data;
  }, csv);
  await page.locator('.app').dispatchEvent('dragover', { dataTransfer: transfer });
  await expect(page.getByText('Drop a JSON or CSV file to show it on the timeline')).toBeAttached();
  await page.locator('.app').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.getByText('Showing your data: my-timeline.csv')).toBeVisible();
  await expect(
    timeline(page).getByRole('button', { name: /^'DarkSeoul' wiper attack/ }),
  ).toBeVisible();
});
