import { execSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { timeline } from './support/timeline.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SINGLE_FILE = resolve(ROOT, 'dist-single/dprk-cyber-timeline.html');

test('the site keeps working offline after a first visit', async ({ page, context }) => {
  await page.goto('./');
  await expect(timeline(page).getByRole('button').first()).toBeVisible();
  // The worker stores the whole site before it activates, then takes control of the page.
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null)))
    await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);

  await context.setOffline(true);
  await page.goto('./?from=2016-01-01&to=2018-12-31');
  await expect(
    timeline(page).getByRole('button', { name: /^Bangladesh Bank heist/ }),
  ).toBeVisible();
  const csv = await page.evaluate(async () => {
    const response = await fetch('./data/events.csv');
    return { ok: response.ok, header: (await response.text()).split('\n')[0] };
  });
  expect(csv.ok).toBe(true);
  expect(csv.header).toMatch(/^id,title,/);
  // The Share dialog is a lazily imported chunk, stored with the rest.
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByRole('dialog', { name: 'Share this view' })).toBeVisible();
  // A file the worker does not store still goes to the network, which is off.
  await expect(page.evaluate(() => fetch('./screenshot.png').then((r) => r.ok))).rejects.toThrow();
});

test.describe('the single-file build', () => {
  // One worker for both tests: two workers would each rebuild dist-single (emptying it) in
  // beforeAll while the other's page opens it.
  test.describe.configure({ mode: 'serial' });
  test.use({ offline: true });
  test.beforeAll(() => {
    test.setTimeout(120_000);
    execSync('npm run build:single', { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  });

  test('the single HTML file opens from disk with the network off', async ({ page }) => {
    await page.goto(`${pathToFileURL(SINGLE_FILE).href}?from=2016-01-01&to=2018-12-31`);
    // The whole site (about 800 kB) is parsed from one file: allow a busy machine more time.
    await expect(
      timeline(page).getByRole('button', { name: /^Bangladesh Bank heist/ }),
    ).toBeVisible({ timeout: 15_000 });
    const stories = await page.evaluate(() => {
      const data = JSON.parse(document.getElementById('inline-data')!.textContent!) as Record<
        string,
        string
      >;
      const index = JSON.parse(data['data/stories/index.json']!) as { stories: { id: string }[] };
      return index.stories.map((s) => ({ id: s.id, inline: `data/stories/${s.id}.json` in data }));
    });
    expect(stories.length).toBeGreaterThan(0);
    expect(stories.every((s) => s.inline)).toBe(true);
    // The Share dialog is a lazily imported chunk: it must be inlined too.
    await page.getByRole('button', { name: 'Share' }).click();
    await expect(page.getByRole('dialog', { name: 'Share this view' })).toBeVisible();
    // The footer's downloads are made from the data inside the page.
    await page.getByRole('button', { name: 'Close the Share dialog' }).click();
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('contentinfo').getByRole('link', { name: 'events.csv' }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe('events.csv');
    // A teacher presents a story: fetchData reads it from the page.
    await page.goto(`${pathToFileURL(SINGLE_FILE).href}?story=bank-robbers-swift-heists&present=1`);
    const presentation = page.getByRole('dialog', { name: /Bank robbers/ });
    await expect(presentation.getByText(/^step \d+ of \d+$/)).toHaveText(/^step 1 of \d+$/, {
      timeout: 15_000,
    });
  });

  test('the single HTML file opened from disk shows a file the reader opens', async ({ page }) => {
    await page.goto(`${pathToFileURL(SINGLE_FILE).href}?show=timeline`);
    await expect(timeline(page).getByRole('button').first()).toBeVisible({ timeout: 15_000 });
    // A page from file:// may not start the import worker; the import then runs on the page.
    await page.getByLabel('Open data file').setInputFiles({
      name: 'mine.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('title,start,category\nFirst,2016-02-04,Talks\nSecond,2017,Talks\n'),
    });
    await expect(page.getByRole('status').filter({ hasText: 'Showing your data' })).toContainText(
      'mine.csv',
    );
    await expect(timeline(page).getByRole('button', { name: /^First/ })).toBeVisible();
  });

  test('from disk, S opens the presenter view, which drives the audience window and follows it', async ({
    page,
    context,
  }) => {
    // Two pages opened from files have opaque origins, so they share no BroadcastChannel: the
    // windows reach each other by postMessage to the window opened and to the opener.
    await page.goto(`${pathToFileURL(SINGLE_FILE).href}?story=sony-to-wannacry`);
    const audience = page.getByRole('dialog', { name: /Sony/ }).getByText(/^step \d+ of 14$/);
    await expect(audience).toHaveText('step 1 of 14', { timeout: 15_000 });
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    expect(presenter.url()).toMatch(/^file:.*presenter=1/);
    const notes = presenter.getByText(/^step \d+ of 14$/);
    await expect(notes).toHaveText('step 1 of 14', { timeout: 15_000 });
    await presenter.getByRole('button', { name: 'Next' }).click();
    await expect(audience).toHaveText('step 2 of 14');
    await presenter.keyboard.press('PageDown');
    await expect(audience).toHaveText('step 3 of 14');
    // A clicker on the audience's computer moves the presenter view too.
    await page.keyboard.press('PageDown');
    await expect(notes).toHaveText('step 4 of 14');
  });
});
