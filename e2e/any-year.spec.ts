import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { serveData } from './support/dataServer.ts';
import { chartReady, timeline } from './support/timeline.ts';

/** One of TimelineJS's own examples, as kept with the importer's tests (see their README). */
const example = (name: string) =>
  readFileSync(new URL(`../src/data/import/fixtures/${name}`, import.meta.url), 'utf8');

/** Opens a reader's file from `?data=`, with more parameters if given, and waits for the chart. */
async function open(page: Page, name: string, body: string, params = '') {
  const path = await serveData(page, name, body);
  await page.goto(`./?data=${encodeURIComponent(path)}${params}`);
  await chartReady(page);
}

// Written as a teacher would in TimelineJS: years BC as negative years, eras around them.
const ROME = JSON.stringify({
  title: { text: { headline: 'Rome', text: 'From the kings to the empire' } },
  eras: [
    { start_date: { year: -509 }, end_date: { year: -27 }, text: { headline: 'Roman Republic' } },
    { start_date: { year: -27 }, end_date: { year: 476 }, text: { headline: 'Roman Empire' } },
  ],
  events: [
    {
      start_date: { year: -753, month: 4, day: 21 },
      text: { headline: 'Rome founded, by tradition' },
    },
    { start_date: { year: -44, month: 3, day: 15 }, text: { headline: 'Julius Caesar is killed' } },
    { start_date: { year: -27 }, text: { headline: 'Augustus becomes emperor' } },
    { start_date: { year: 79, month: 8 }, text: { headline: 'Vesuvius buries Pompeii' } },
    { start_date: { year: 476 }, text: { headline: 'Last western emperor deposed' } },
  ],
});

test("TimelineJS's eras template, years 602 to 720, shows its events and its eras", async ({
  page,
}) => {
  await open(page, 'eras.json', example('timelinejs-eras-template.json'));
  await expect(page.getByRole('heading', { name: 'Eras Test' })).toBeVisible();
  await expect(
    timeline(page).getByRole('button', { name: /^Last great Roman-Persian War\., 602 – 629/ }),
  ).toBeVisible();
  const eras = page.getByRole('checkbox', { name: 'Eras' });
  await expect(eras).toBeChecked();
  await page.getByRole('button', { name: 'List' }).click();
  const table = page.getByRole('region', { name: 'Eras in this window' });
  for (const era of ['Era Test 600-650', 'Era Test 650-700', 'Era Test 700-720'])
    await expect(table.getByText(era)).toBeVisible();
  await expect(page.getByRole('row', { name: /9 Aug 622 – 23 Aug 622/ })).toBeVisible();
  // The legend's Eras box hides the file's eras as it hides the curated ones.
  await eras.uncheck();
  await expect(table).toBeHidden();
});

test('a TimelineJS file with years BC shows them as BC, and a link to 44 BC opens there', async ({
  page,
}) => {
  await open(page, 'rome.json', ROME);
  await expect(
    timeline(page).getByRole('button', { name: /^Julius Caesar is killed, 15 Mar 44 BC/ }),
  ).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Eras' })).toBeChecked();
  await page.getByRole('button', { name: 'List' }).click();
  await expect(page.getByRole('row', { name: /21 Apr 753 BC Rome founded/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Eras in this window' })).toContainText(
    'Roman Republic 509 BC – 27 BC',
  );

  await open(page, 'rome.json', ROME, '&show=timeline&from=-0050&to=0030');
  await expect(page.getByText('1 Jan 50 BC – 1 Jan 30 ·', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect(page).toHaveURL(/from=-00\d\d-\d\d-\d\d&to=00\d\d-/);
});

test('a cosmological file, from 13.8 billion years ago, can be read, zoomed and downloaded', async ({
  page,
}) => {
  await open(page, 'cosmo.json', example('timelinejs-cosmo-template.json'));
  await expect(page.getByRole('heading', { name: 'Cosmological Scale Timeline' })).toBeVisible();
  await expect(page.getByText(/^14 billion years ago – .* · 7 events$/)).toBeVisible();
  // The whole span is shown, so there is nothing to show all of, and the URL stays plain.
  await expect(page.getByRole('button', { name: 'Show all' })).toBeDisabled();
  await expect(page).not.toHaveURL(/from=/);

  const bigBang = timeline(page).getByRole('button', {
    name: /^The Big Bang, 13\.8 billion years ago/,
  });
  await bigBang.click();
  await expect(page.getByRole('complementary')).toContainText('13.8 billion years ago');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page).toHaveURL(/from=-1\d{10}-\d\d-\d\d/);

  await page.getByRole('button', { name: 'Show all' }).click();
  // From a window of months to 14 billion years, then the download names the whole span.
  await expect(page.getByRole('button', { name: 'Show all' })).toBeDisabled();
  await page.getByText('Download', { exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Events (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^dprk-cyber-timeline--14\d+-\d\d-\d\d-to-\+\d+/);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv).toContain(',-13800000000,');
  expect(csv).toContain(',-538800000,-251902000,');
});

test('the Mark Twain example keeps its slides without a headline', async ({ page }) => {
  await open(page, 'twain.json', example('timelinejs-marktwain-excerpt.json'));
  await page.getByRole('button', { name: 'List' }).click();
  for (const title of ['a Youtube video', 'a tweet', 'another youtube video', 'Itinerant Printer'])
    await expect(page.getByRole('button', { name: title, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Samuel Langhorne Clemens/ })).toBeVisible();
});

test('on a 390 px phone, the axis of the universe shows several labels, the unit read once', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, 'cosmo.json', example('timelinejs-cosmo-template.json'), '&show=timeline');
  const axis = timeline(page).locator('.axis');
  await expect(axis.locator('text.context')).toHaveText(['billion years ago']);
  await expect(axis.locator('text.tick').nth(2)).toBeVisible();
  expect(await axis.locator('text.tick').allTextContents()).toEqual(
    expect.arrayContaining(['12', '10', '8']),
  );
});

test('a teacher compares two periods BC, typing the dates as they write them', async ({ page }) => {
  await open(page, 'rome.json', ROME);
  await page.getByRole('button', { name: 'Compare' }).click();
  const compare = page.getByRole('region', { name: 'Compare two periods' });
  const before = compare.getByRole('region', { name: /^Before/ });
  const after = compare.getByRole('region', { name: /^After/ });

  const from = before.getByLabel('From');
  await from.fill('the Iron Age');
  await from.press('Enter');
  await expect(before.getByRole('alert')).toContainText(
    '"the Iron Age" is not a date this page can read. Write a day (2016-02-04, -0044-03-15), a year (650, 44 BC, 12,000)',
  );
  await expect(from).toHaveAttribute('aria-invalid', 'true');

  for (const [field, text] of [
    [from, '753 BC'],
    [before.getByLabel('to'), '-0510'],
    [after.getByLabel('From'), '509 BC'],
    [after.getByLabel('to'), '28 BC'],
  ] as const) {
    await field.fill(text);
    await field.press('Enter');
  }
  await expect(before.getByRole('alert')).toBeHidden();
  await expect(before.getByRole('heading', { name: 'Before: 753 BC – 510 BC' })).toBeVisible();
  await expect(after.getByRole('heading', { name: 'After: 509 BC – 28 BC' })).toBeVisible();
  await expect(before.getByRole('listitem')).toHaveText([
    '21 Apr 753 BC Rome founded, by tradition',
  ]);
  await expect(after.getByRole('listitem')).toHaveText(['15 Mar 44 BC Julius Caesar is killed']);
  await expect(page).toHaveURL(/compare=-0753-01-01\/-0510-12-31,-0509-01-01\/-0028-12-31/);
  // Rome has no thefts to count, and the note speaks of the file, not of North Korea.
  await expect(compare.getByText(/thefts?, /)).toHaveCount(0);
  await expect(compare).toContainText('what this file records in each window');
  await expect(compare).not.toContainText('North Korea');

  // A window that would end before it starts is refused, saying which end to change.
  await after.getByLabel('to').fill('600 BC');
  await after.getByLabel('to').press('Enter');
  await expect(after.getByRole('alert')).toHaveText(
    `This is before the window's start (509 BC): write a later date, or change "from" first.`,
  );
  await page.reload();
  await expect(after.getByLabel('From')).toHaveValue('509 BC');
  await expect(after.getByLabel('to')).toHaveValue('28 BC');
});

// Two of TimelineJS's example files as published (NUKnightLab/TimelineJS3, compiled/examples/
// years.json, abridged texts, and milliseconds.json): years written as strings, years BC, fields
// this page does not use ("type", "uniqueid"), times to the millisecond, and five slides that share
// a headline and a day.
const TJS_YEARS = JSON.stringify({
  events: [
    ['-5410', 'Geological Timeline Test', 'Geologic_time_scale'],
    ['-2520', '-2520', 'Triassic'],
    ['-2010', '-2010', 'Jurassic'],
    ['-1450', '-1450', 'Cretaceous'],
    ['-258', '-258', 'Quaternary'],
  ].map(([year, headline, page], i) => ({
    start_date: { year },
    media: { url: `http://en.wikipedia.org/wiki/${page}` },
    text: { headline, text: `Period ${i}` },
    ...(i === 0 ? { type: 'overview' } : { uniqueid: '' }),
  })),
});
const TJS_MILLISECONDS = JSON.stringify({
  title: { text: { headline: 'Milliseconds', text: 'Testing milliseconds' } },
  events: ['01', '10', '30', '50', '60'].map((millisecond) => ({
    start_date: {
      ...{ year: '2015', month: '01', day: '01', hour: '01', minute: '01', second: '01' },
      millisecond,
    },
    text: { headline: 'Test', text: 'Test' },
  })),
});

test("TimelineJS's example files open whole: years as strings, BC, and slides that repeat", async ({
  page,
}) => {
  await open(page, 'years.json', TJS_YEARS);
  await page.getByRole('button', { name: 'List' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Showing your data' })).toContainText(
    '(5 events)',
  );
  await expect(page.getByRole('row', { name: /5410 BC Geological Timeline Test/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /^258 BC -258/ })).toBeVisible();
  // Its http links are not made sources, and the report says so, by event.
  await expect(page.getByRole('status').filter({ hasText: 'shown with a warning' })).toContainText(
    'is not https, so it was left out of the sources',
  );

  await open(page, 'milliseconds.json', TJS_MILLISECONDS);
  await page.getByRole('button', { name: 'List' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Milliseconds');
  await expect(page.getByRole('row', { name: /1 Jan 2015 Test/ })).toHaveCount(5);
  await expect(
    page.getByRole('status').filter({ hasText: '4 events of your data shown with a warning' }),
  ).toContainText('another event has the same title and date (2015-01-01); both are shown');
});
