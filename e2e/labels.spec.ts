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
      // A range's bar, or the faint span of a coarse date's period (hidden when there is neither).
      const span = m.querySelector('.span:not([display="none"])');
      return [
        box(m.querySelector('.glyph')!, `glyph of ${own}`, own),
        ...(span ? [box(span, `${span.matches('.bar') ? 'bar' : 'span'} of ${own}`, own)] : []),
      ];
    });
    const clusters = [...chart.querySelectorAll('.cluster .ring')].map((c) => box(c, 'a cluster'));
    const headers = [...chart.querySelectorAll('.lane-name')].map((h) =>
      box(h, `lane header ${h.textContent}`),
    );
    return { labels, obstacles: [...marks, ...clusters, ...headers] };
  });
}

/** Labels keep this much space from one another and from every mark (layout/labels.ts, LABEL_GAP). */
const GAP = 4;
/** Whether two drawn boxes come closer than GAP (half a pixel of rounding allowed). */
const tooClose = (a: Box, b: Box) =>
  a.x0 < b.x1 + GAP - 0.5 &&
  b.x0 < a.x1 + GAP - 0.5 &&
  a.y0 < b.y1 + GAP - 0.5 &&
  b.y0 < a.y1 + GAP - 0.5;

/** The phone, embed, projector, laptop and desktop views every check below runs on. */
const SCREENS = [
  { name: 'a 320 px phone', width: 320, height: 800, query: '?show=timeline' },
  { name: 'a 390 px phone', width: 390, height: 844, query: '?show=timeline' },
  { name: 'a 500 px wide embed', width: 500, height: 500, query: '?embed=1&show=timeline' },
  { name: 'a 500 px tall embed', width: 800, height: 500, query: '?embed=1' },
  { name: 'a 320x600 embed', width: 320, height: 600, query: '?embed=1' },
  { name: 'a 1024x768 projector', width: 1024, height: 768, query: '?show=timeline' },
  { name: 'a 1280x720 projector', width: 1280, height: 720, query: '?show=timeline' },
  { name: 'a 1366 px laptop', width: 1366, height: 768, query: '?show=timeline' },
  { name: 'a 1920 px desktop', width: 1920, height: 1080, query: '?show=timeline' },
];

for (const screen of SCREENS)
  for (const [view, range] of [
    ['the default view', ''],
    ['2017-2018', '&from=2017-01-01&to=2018-12-31'],
  ])
    test(`on ${screen.name}, on ${view}, every label keeps ${GAP} px from other labels, glyphs, bars, date spans, clusters and lane headers`, async ({
      page,
    }) => {
      await page.setViewportSize(screen);
      await page.goto(`./${screen.query}${range}`);
      await chartReady(page);
      const { labels, obstacles } = await drawnBoxes(page);
      expect(labels.length).toBeGreaterThan(5);
      const clashes: string[] = [];
      labels.forEach((label, i) => {
        for (const other of labels.slice(i + 1))
          if (tooClose(label, other)) clashes.push(`${label.name} x ${other.name}`);
        for (const o of obstacles)
          if (o.own !== label.own && tooClose(label, o)) clashes.push(`${label.name} x ${o.name}`);
      });
      expect(clashes).toEqual([]);
    });

test('every landmark in the whole-range view is labelled, from a 320 px phone to a desktop', async ({
  page,
}) => {
  const { events } = (await (await page.request.get('./data/events.json')).json()) as {
    events: { id: string; importance?: number }[];
  };
  const landmarks = events.filter((e) => e.importance === 3).map((e) => e.id);
  expect(landmarks.length).toBeGreaterThan(5);
  for (const screen of SCREENS) {
    await page.setViewportSize(screen);
    await page.goto(`./${screen.query}`);
    await chartReady(page);
    const labelled = await page
      .locator('svg.chart text.label')
      .evaluateAll((ls) => ls.map((l) => (l as SVGElement).dataset.labelFor));
    expect(
      landmarks.filter((id) => !labelled.includes(id)),
      `on ${screen.name}`,
    ).toEqual([]);
  }
});
