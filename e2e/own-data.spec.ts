import { expect, test, type Page } from '@playwright/test';

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const details = (page: Page) => page.getByRole('complementary');

/** Serves a reader's file at a URL on the test server, as their own server would. */
async function serve(page: Page, name: string, body: string, contentType = 'application/json') {
  await page.route(`**/mine/${name}`, (route) => route.fulfill({ body, contentType }));
  return `./?show=timeline&data=${encodeURIComponent(`/mine/${name}`)}`;
}

// Written as a newcomer would: no ids, a category of their own, sources that are only links.
const HAND_WRITTEN_JSON = JSON.stringify({
  events: [
    {
      title: 'Ada Lovelace is born',
      start: '1815-12-10',
      category: 'Mathematicians',
      sources: [{ url: 'https://en.wikipedia.org/wiki/Ada_Lovelace', title: 'Ada Lovelace' }],
    },
    {
      title: 'Analytical Engine described',
      start: '1837',
      category: 'Machines',
      summary: 'Babbage describes a general-purpose machine.',
      sources: [{ url: 'https://en.wikipedia.org/wiki/Analytical_engine' }],
    },
    { title: 'Notes on the engine', start: '1843', category: 'Mathematicians', end: 'later' },
  ],
});

const HAND_WRITTEN_CSV =
  'title,date,category,sourceUrls\n' +
  'Ada Lovelace is born,1815-12-10,Mathematicians,https://en.wikipedia.org/wiki/Ada_Lovelace\n' +
  'Analytical Engine described,1837,Machines,\n' +
  'Not a date,someday,Machines,\n';

test('a hand-written JSON file with no ids, new categories and bare links is shown', async ({
  page,
}) => {
  await page.goto(await serve(page, 'hand.json', HAND_WRITTEN_JSON));
  await expect(page.getByText(/Showing your data: .*hand\.json/)).toBeVisible();
  const legend = page.getByRole('group', { name: /Categories/ });
  await expect(legend.getByRole('checkbox', { name: /Mathematicians/ })).toBeVisible();
  await expect(legend.getByRole('checkbox', { name: /Machines/ })).toBeVisible();
  // The bad end is a warning; the event is still shown.
  const report = page
    .getByRole('status')
    .filter({ hasText: '1 event of your data shown with a warning' });
  await expect(report).toContainText('"later" is not a date, so the event is shown without an end');
  await page.getByRole('button', { name: 'List' }).click();
  await page.getByRole('button', { name: /^Analytical Engine described/ }).click();
  const source = details(page).getByRole('link', { name: 'en.wikipedia.org' });
  await expect(source).toHaveAttribute('href', 'https://en.wikipedia.org/wiki/Analytical_engine');
  // No publisher and no date were given, so none are shown.
  const link = page.getByRole('link', { name: 'en.wikipedia.org' });
  await expect(details(page).getByRole('listitem').filter({ has: link })).toHaveText(
    'en.wikipedia.org',
  );
});

test('a hand-written CSV with a title, a date, a category and a link is shown, and a row without a date is named', async ({
  page,
}) => {
  await page.goto(await serve(page, 'hand.csv', HAND_WRITTEN_CSV, 'text/csv'));
  await expect(page.getByRole('status').filter({ hasText: 'Showing your data' })).toContainText(
    'Showing your data: hand.csv from this site (2 events)',
  );
  await expect(
    page.getByRole('group', { name: /Categories/ }).getByRole('checkbox', { name: /Machines/ }),
  ).toBeVisible();
  const report = page
    .getByRole('status')
    .filter({ hasText: '1 row of your data could not be shown' });
  await expect(report).toContainText('row 4, field "start": "someday" is not a date');
  // The report promises what its lines say: the part of the file, the rows and the field.
  await expect(report).toContainText(
    'Each line names the part of your file ("events", "eras"), the rows, the field, and what is wrong',
  );
  await expect(report.getByRole('listitem').first()).toHaveText(/^events: row 4, field "start"/);
  await expect(timeline(page).getByRole('button', { name: /^Ada Lovelace is born/ })).toBeVisible();
});

test('a loaded file brings its own title and introduction, and the page says whose data it shows', async ({
  page,
}) => {
  const file = JSON.stringify({
    title: { text: { headline: 'Computing pioneers', text: '<p>People who made computing.</p>' } },
    events: [{ start_date: { year: 1843 }, text: { headline: 'Notes on the engine' } }],
  });
  await page.goto(await serve(page, 'pioneers.json', file));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Computing pioneers');
  await expect(page.getByText('People who made computing.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Showing your data' })).toContainText(
    "not the curated timeline of North Korea's cyber operations",
  );
  await expect(page.getByRole('link', { name: 'Back to the curated timeline' })).toBeVisible();
  await expect(page.getByText('Cite this dataset as')).toHaveCount(0);
});

test('a hand-written file with years BC, before 1000 and beyond 9999, and eras of its own, is shown', async ({
  page,
}) => {
  const file = JSON.stringify({
    title: 'Far and near',
    eras: [{ title: 'Roman Republic', start: '-0509', end: '-0027' }],
    events: [
      { title: 'Rome founded', start: '-753' },
      { title: 'Caesar is killed', start: '-0044-03-15', category: 'Rome' },
      { title: 'Slav settlement of the Balkans', start: '650' },
      { title: 'A far future', start: '+12000' },
    ],
  });
  await page.goto(await serve(page, 'far.json', file));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Far and near');
  await page.getByRole('button', { name: 'List' }).click();
  for (const row of [
    '753 BC Rome founded',
    '15 Mar 44 BC Caesar is killed',
    '650 Slav settlement of the Balkans',
    '12,000 A far future',
  ])
    await expect(page.getByRole('row', { name: new RegExp(row) })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Eras in this window' })).toContainText(
    'Roman Republic 509 BC – 27 BC',
  );
  await expect(page.getByRole('checkbox', { name: 'Eras' })).toBeChecked();

  const csv = 'title,start\nCaesar is killed,-0044-03-15\nRome founded,-44\n';
  await page.goto(await serve(page, 'bc.csv', csv, 'text/csv'));
  await page.getByRole('button', { name: 'List' }).click();
  await expect(page.getByRole('row', { name: /15 Mar 44 BC Caesar is killed/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /^44 BC Rome founded/ })).toBeVisible();
});
