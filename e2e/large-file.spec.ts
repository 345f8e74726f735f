import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { syntheticEvents } from './bench/syntheticEvents.ts';
import { serveFolder } from './support/dataServer.ts';
import { chartReady, timeline } from './support/timeline.ts';

// The benchmark's realistic events (1 to 5 sources, a summary, actors, tags): 100,000 make about 69 MB.
const COUNT = 100_000;
const FILE = 'bench-100000.json';

let folder = '';
let server: Awaited<ReturnType<typeof serveFolder>>;
test.beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'large-file-'));
  writeFileSync(join(folder, FILE), JSON.stringify(syntheticEvents(COUNT)));
  server = await serveFolder(folder);
});
test.afterAll(() => {
  server.close();
  rmSync(folder, { recursive: true, force: true });
});

// Seconds of parsing and checking on a busy machine; the test asserts what is shown, not how fast.
test.setTimeout(180_000);

const dataUrl = () => `./?show=timeline&data=${encodeURIComponent(`${server.origin}/${FILE}`)}`;

test('a journalist loads 100,000 realistic events from a URL, watches the progress and gets the timeline', async ({
  page,
}) => {
  await page.goto(dataUrl());
  const bar = page.getByRole('progressbar', { name: 'Loading your data' });
  await expect(bar).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeVisible();
  // Bytes while downloading, then rows while reading and checking them.
  await expect(page.getByRole('status').filter({ hasText: 'Loading the timeline' })).toHaveText(
    /of 100,000 (rows read|rows checked|events ready)$/,
    { timeout: 120_000 },
  );
  const shown = page.getByRole('status').filter({ hasText: 'Showing your data' });
  await expect(shown).toContainText(`(${COUNT} events)`, { timeout: 150_000 });
  await expect(shown).toContainText(FILE);
  await expect(bar).toHaveCount(0);
  await chartReady(page);
  // At the whole span, 100,000 events are drawn as clusters named after their first and last events.
  const cluster = timeline(page).getByRole('button', { name: /#\d{6}\. Press Enter to zoom in/ });
  await expect(cluster.first()).toBeVisible();
});

test('a journalist cancels a large file while it loads and gets a way back', async ({ page }) => {
  await page.goto(dataUrl());
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('alert')).toContainText(`${FILE}: file: was not loaded`);
  await expect(page.getByRole('link', { name: 'Back to the curated timeline' })).toBeVisible();
});
