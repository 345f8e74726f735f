import { expect, test, type Frame, type Page } from '@playwright/test';
import { chartReady, timeline } from './support/timeline.ts';
import { RESIZE_SCRIPT } from '../src/state/embedCode.ts';

/** Where the chart's parts are on screen: each lane, the chart (axis included) and the overview. */
async function chartBoxes(page: Page | Frame, withOverview = true) {
  const overview = withOverview
    ? await page
        .getByRole('group', { name: 'Overview of the whole timeline' })
        .evaluate((o) => o.getBoundingClientRect().bottom)
    : null;
  const lanes = await timeline(page)
    .locator('rect.lane')
    .evaluateAll((ls) => ls.map((l) => l.getBoundingClientRect().bottom));
  const chart = await timeline(page).evaluate((t) => {
    const box = t.getBoundingClientRect();
    return { top: box.top + window.scrollY, bottom: box.bottom, height: window.innerHeight };
  });
  return { overview, lanes, ...chart };
}

for (const size of [
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
])
  test(`on a ${size.width}x${size.height} screen the header and controls take a quarter of it, and scrolled to, the whole chart shows at once`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await page.goto('./?show=timeline');
    await chartReady(page);
    const before = await chartBoxes(page);
    expect(before.top, 'the header and controls').toBeLessThanOrEqual(size.height / 4);
    await timeline(page).evaluate((t) =>
      window.scrollTo(0, t.getBoundingClientRect().top + scrollY),
    );
    const { lanes, overview } = await chartBoxes(page);
    expect(lanes).toHaveLength(8);
    expect(Math.max(...lanes), 'the last lane').toBeLessThanOrEqual(size.height);
    expect(overview, 'the overview').toBeLessThanOrEqual(size.height);
  });

test('on a 1920x1080 screen the header, the controls and the whole chart fit above the fold', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./?show=timeline');
  await chartReady(page);
  const { lanes, overview, top } = await chartBoxes(page);
  expect(top).toBeLessThanOrEqual(1080 / 4);
  expect(lanes).toHaveLength(8);
  expect(overview).toBeLessThanOrEqual(1080);
});

// A short frame turns the embed compact: the key on one line, a thinner axis and era strip, lanes of
// a row each with their names in a gutter, and no overview under 480 px (chartMetrics).
for (const width of [800, 500])
  for (const height of [400, 500, 600])
    test(`a ${width}x${height} embed shows every lane and the credit line`, async ({
      page,
      baseURL,
    }) => {
      await page.setContent(
        `<iframe src="${baseURL}?embed=1" width="${width}" height="${height}" style="border:0" title="Timeline"></iframe>`,
      );
      const frame = page.frames()[1]!;
      await frame.waitForLoadState();
      await chartReady(frame);
      const { lanes } = await chartBoxes(frame, false);
      expect(lanes).toHaveLength(8);
      expect(Math.max(...lanes), 'the last lane').toBeLessThanOrEqual(height);
      const credit = await frame
        .getByRole('link', { name: 'Open the full timeline' })
        .evaluate((a) => a.getBoundingClientRect().bottom);
      expect(credit, 'the credit line').toBeLessThanOrEqual(height);
    });

// The pym.js parent sets the iframe's height from its message; this host does the same in a line,
// since the library is not a dependency here.
const PYM_PARENT =
  '<script>window.addEventListener("message",function(e){var m=/^pymxPYMx[^x]+xPYMxheightxPYMx(\\d+)$/.exec(e.data);if(m)document.querySelector("iframe").setAttribute("height",m[1])})</script>';

for (const [name, script] of [
  ['the Share code', RESIZE_SCRIPT],
  ['a pym.js parent', PYM_PARENT],
])
  test(`an embed sized by ${name} shows its whole page, the credit line included`, async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize({ width: 900, height: 700 });
    await page.setContent(
      `<p>Article</p><iframe src="${baseURL}?embed=1&childId=chart-1" title="Timeline" style="width:100%;border:0" height="300"></iframe>${script}`,
    );
    const frame = page.frames()[1]!;
    await chartReady(frame);
    const height = () =>
      page.locator('iframe').evaluate((f) => Math.round(f.getBoundingClientRect().height));
    await expect.poll(height).toBeGreaterThan(300);
    // Settled: the frame is as tall as the page inside it, margins included.
    const inside = await frame.evaluate(() => document.documentElement.scrollHeight);
    expect(await height()).toBeGreaterThanOrEqual(inside);
    const credit = frame.getByRole('link', { name: 'Open the full timeline' });
    const bottom = await credit.evaluate((a) => a.getBoundingClientRect().bottom);
    expect(bottom).toBeLessThanOrEqual(await frame.evaluate(() => window.innerHeight));
  });
