import { describe, expect, it } from 'vitest';
import { extentOf } from './timeRange.ts';
import { timeScale } from './timeScale.ts';
import { fitLanes } from './fitLanes.ts';
import { estimateWidth, placeLabels } from './labels.ts';
import { indexByLane } from './timeIndex.ts';
import { validateCurated } from '../testing/curatedData.ts';
import { timelineLayout } from './timelineLayout.ts';
import type { ChartRoom } from './chartBudget.ts';

const result = validateCurated();

describe('the curated record on the whole-range view', () => {
  // Chart widths of a 320 and a 390 px phone, a 500 px embed, a 1366 and a 1920 px screen.
  it.each([294, 364, 482, 958, 1214, 1300, 1854])('labels every landmark at %d px', (width) => {
    if (!result.ok) throw new Error('the curated data does not validate');
    const { events, categories } = result.dataset;
    const label = new Map(categories.map((c) => [c.id, c.label]));
    const range = extentOf(events);
    const x = timeScale([range.from, range.to], [0, width]);
    const layout = fitLanes([...label.keys()], indexByLane(events), x, width, {
      top: 82,
      height: Infinity,
    });
    const landmarks = events.filter((e) => e.importance === 3);
    const labels = placeLabels(layout, width, {
      landmarks,
      headerWidth: (id) => 30 + estimateWidth(label.get(id)!) * 1.1,
    });
    const labelled = new Set(labels.map((l) => l.id));
    expect(landmarks.filter((e) => !labelled.has(e.id)).map((e) => e.id)).toEqual([]);
  });
});

/** The curated record's whole-range frame at `width` in `room`, and its landmarks left unlabelled. */
function curatedFrame(width: number, room: ChartRoom) {
  if (!result.ok) throw new Error('the curated data does not validate');
  const { events, categories, eras } = result.dataset;
  const label = new Map(categories.map((c) => [c.id, c.label]));
  const landmarks = events.filter((e) => e.importance === 3);
  const frame = timelineLayout({
    range: extentOf(events),
    width,
    lanes: [...label.keys()],
    laneIndex: indexByLane(events),
    pinned: [],
    eras: eras ?? [],
    landmarks,
    selectedId: null,
    measure: estimateWidth,
    laneName: (id) => label.get(id)!,
    room,
  });
  const labelled = new Set(frame.labels.map((l) => l.id));
  return { frame, unlabelled: landmarks.filter((e) => !labelled.has(e.id)).map((e) => e.id) };
}

describe('the curated record on the whole-range view, fitted to a projector', () => {
  // The chart fitted to a screen's height, as the page draws it once scrolled into view: lanes of
  // one row, so a landmark's label may have to make room in the header row beside another's.
  it.each([
    [960, 768],
    [1216, 720],
  ])('labels every landmark at %d px in a %d px high screen', (width, viewport) => {
    const { unlabelled } = curatedFrame(width, { viewport, top: 300, below: 60, embed: false });
    expect(unlabelled).toEqual([]);
  });
});

describe('the curated record in a 320x600 embed', () => {
  // The room a 320 px wide, 600 px tall embed measures: its title and key above the chart, the
  // credit under it, and a 54 px overview that may give its room to the label rows.
  const embedFrame = (overview: number, viewport = 600) =>
    curatedFrame(302, { viewport, top: 84, below: 58, embed: true, overview });

  it("gives the overview's room to label rows, and then labels every landmark", () => {
    const { frame, unlabelled } = embedFrame(54);
    expect(frame.overviewDropped).toBe(true);
    expect(frame.metrics.labelRow).toBeGreaterThan(0);
    expect(unlabelled).toEqual([]);
    expect(frame.lanes.height).toBeLessThanOrEqual(600 - 84 - 58);
  });

  it('keeps the overview when the frame has room for every label row', () => {
    const { frame, unlabelled } = embedFrame(54, 640);
    expect(frame.metrics.labelRow).toBeGreaterThan(0);
    expect(frame.overviewDropped).toBe(false);
    expect(unlabelled).toEqual([]);
  });
});

describe('the curated record in a tall, narrow embed (390x844)', () => {
  // Room for every lane's header: full-size lanes, fitted to the frame under two lines of title,
  // the key and the zoom buttons, over the overview and the credit.
  const tallFrame = () =>
    curatedFrame(370, { viewport: 844, top: 172, below: 62, embed: true, overview: 60 });

  it('gives lanes whose landmarks find no room a row more, and labels every landmark', () => {
    const { frame, unlabelled } = tallFrame();
    expect(frame.metrics.laneHeader).toBeGreaterThan(0);
    expect(unlabelled).toEqual([]);
    expect(frame.lanes.height).toBeLessThanOrEqual(844 - 172 - 62);
  });
});
