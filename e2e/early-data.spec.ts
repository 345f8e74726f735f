import { expect, test, type Page } from '@playwright/test';
import { chartReady } from './support/timeline.ts';
import { serveData } from './support/dataServer.ts';

/** Slows the network as a phone's (150 ms round trip, 1.6 Mbps), so the order of downloads shows. */
async function slowNetwork(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: 200_000,
    uploadThroughput: 93_750,
  });
}

/** Every request's path, and when the app's own script finished downloading. */
function watch(page: Page) {
  const asked: { path: string; at: number }[] = [];
  const seen = { appScriptDone: Infinity };
  page.on('request', (r) => asked.push({ path: new URL(r.url()).pathname, at: Date.now() }));
  page.on('requestfinished', (r) => {
    if (/\/assets\/index-[^/]+\.js$/.test(r.url())) seen.appScriptDone = Date.now();
  });
  return { asked, seen };
}

test("the curated data starts downloading while the app's code is still coming, once per file", async ({
  page,
}) => {
  await slowNetwork(page);
  const { asked, seen } = watch(page);
  await page.goto('/?show=timeline');
  await chartReady(page);
  for (const name of ['events', 'categories', 'actors', 'eras']) {
    const requests = asked.filter((a) => a.path.endsWith(`/data/${name}.json`));
    expect(requests, `${name}.json asked for once`).toHaveLength(1);
    expect(requests[0]!.at, `${name}.json asked for before the app's code is in`).toBeLessThan(
      seen.appScriptDone,
    );
  }
});

test("a page showing a reader's data does not download the curated events", async ({ page }) => {
  const { asked } = watch(page);
  const url = await serveData(page, 'mine.json', {
    events: [{ id: 'one', title: 'One', start: '2016-02-04', category: 'theft' }],
  });
  await page.goto(`/?show=timeline&data=${encodeURIComponent(url)}`);
  await chartReady(page);
  expect(asked.filter((a) => a.path.endsWith('/data/events.json'))).toEqual([]);
});
