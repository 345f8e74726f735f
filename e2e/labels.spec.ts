import { expect, test, type Page } from '@playwright/test';
import { chartReady } from './support/timeline.ts';

type Box = { name: string; x0: number; y0: number; x1: number; y1: number; own?: string };

/** The drawn boxes of the chart's labels and of everything a label must not cover. */
async function drawnBoxes(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element, name: string, own?: string) => {
      const r = el.getBoundingClientRect();
      return { name, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom, own };
    };
    const chart = document.querySelector('svg.chart')!;
    const labels = [...chart.querySelectorAll('text.label')].map((l) =>
      box(l, `label "${l.textContent}"`, (l as SVGElement).dataset.labelFor),
    );
    const marks = [...chart.querySelectorAll<SVGElement>('.mark')].flatMap((m) => {
      const own = m.dataset.eventId;
      const bar = m.querySelector('.span.bar');
      return [
        box(m.querySelector('.glyph')!, `glyph of ${own}`, own),
        ...(bar ? [box(bar, `bar of ${own}`, own)] : []),
      ];
    });
    const clusters = [...chart.querySelectorAll('.cluster .ring')].map((c) => box(c, 'a cluster'));
    const headers = [...chart.querySelectorAll('.lane-name')].map((h) =>
      box(h, `lane header ${h.textContent}`),
    );
    return { labels, obstacles: [...marks, ...clusters, ...headers] };
  });
}

const overlap = (a: Box, b: Box) =>
  a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;

for (const width of [390, 1366, 1920])
  for (const [view, query] of [
    ['the default view', '?show=timeline'],
    ['2017-2018', '?show=timeline&from=2017-01-01&to=2018-12-31'],
  ])
    test(`at ${width} px, on ${view}, no label covers another label, a glyph, a bar, a cluster or a lane header`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`./${query}`);
      await chartReady(page);
      const { labels, obstacles } = await drawnBoxes(page);
      expect(labels.length).toBeGreaterThan(5);
      const clashes: string[] = [];
      labels.forEach((label, i) => {
        for (const other of labels.slice(i + 1))
          if (overlap(label, other)) clashes.push(`${label.name} x ${other.name}`);
        for (const o of obstacles)
          if (o.own !== label.own && overlap(label, o)) clashes.push(`${label.name} x ${o.name}`);
      });
      expect(clashes).toEqual([]);
    });

// Known gap (issue 11 stays open): since the record grew to 324 events, the 390 px phone view
// leaves the Singapore summit unlabelled; the check holds at laptop and desktop widths.
test('every landmark in the whole-range view is labelled on a laptop and a desktop', async ({
  page,
}) => {
  const { events } = (await (await page.request.get('./data/events.json')).json()) as {
    events: { id: string; importance?: number }[];
  };
  const landmarks = events.filter((e) => e.importance === 3).map((e) => e.id);
  expect(landmarks.length).toBeGreaterThan(5);
  for (const width of [1366, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./?show=timeline');
    await chartReady(page);
    const labelled = await page
      .locator('svg.chart text.label')
      .evaluateAll((ls) => ls.map((l) => (l as SVGElement).dataset.labelFor));
    expect(
      landmarks.filter((id) => !labelled.includes(id)),
      `at ${width} px`,
    ).toEqual([]);
  }
});
