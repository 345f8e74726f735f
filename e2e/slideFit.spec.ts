import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Frame, type Page } from '@playwright/test';

/*
 * Every step of every story, at the screen sizes of classrooms' projectors and in a 16:9 embed:
 * the slide fits the screen with nothing cut off and nothing to scroll, and its narration stays
 * large enough to read from the back of a classroom.
 */
const STORIES = readdirSync(new URL('../data/stories/', import.meta.url))
  .filter((f) => f.endsWith('.json') && f !== 'index.json')
  .map((f) => JSON.parse(readFileSync(new URL(`../data/stories/${f}`, import.meta.url), 'utf8')))
  .map((s: { id: string; steps: unknown[] }) => ({ id: s.id, steps: s.steps.length }));
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
];

/**
 * The smallest narration allowed: about 24 px at 1280 x 720, in proportion on other screens. A
 * long step may step its type down once (5%), no further: below that, shorten the narration.
 */
const minType = (width: number, height: number) => 0.95 * 24 * Math.min(width / 1280, height / 720);

/**
 * The smallest chart label allowed, as drawn (its 12 px times the chart's scale): 12 px, and 0.6
 * of the slide's type unit on a larger screen (about 15 px at 1280 x 720, 22 px at 1920 x 1080).
 */
const minLabel = (width: number, height: number) =>
  0.99 * Math.max(12, 0.6 * Math.min(0.034 * height, 0.019 * width));

test.use({ reducedMotion: 'reduce' });
test.describe.configure({ mode: 'parallel' });

/** What is wrong with the slide on screen: text outside the screen or clipped, a page that scrolls, the step's event off the chart, narration or chart labels too small to read. */
function problems([minNarration, minLabel]: [number, number]): string[] {
  const found: string[] = [];
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const page = document.scrollingElement!;
  const locked = getComputedStyle(document.documentElement).overflow === 'hidden';
  if (!locked && (page.scrollHeight > vh + 1 || page.scrollWidth > vw + 1))
    found.push('the page scrolls');
  const root = document.querySelector<HTMLElement>('.present')!;
  const card = root.querySelector<HTMLElement>(':scope > .card')!;
  const cardBox = card.getBoundingClientRect();
  const name = (el: Element) => `${el.tagName} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
  for (const el of root.querySelectorAll(
    ':scope > .bar, :scope > .bar *, :scope > .card, :scope > .card *',
  )) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.top < -0.5 || r.left < -0.5 || r.bottom > vh + 0.5 || r.right > vw + 0.5)
      found.push(`${name(el)} runs off the screen`);
    if (el.closest('.card') && r.bottom > cardBox.bottom + 0.5)
      found.push(`${name(el)} is cut off at the bottom of the card`);
    const clips = getComputedStyle(el).overflow !== 'visible';
    if (clips && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1))
      found.push(`${name(el)} hides ${el.scrollHeight - el.clientHeight} px of its text`);
  }
  const narration = card.querySelector('.text');
  const size = narration ? parseFloat(getComputedStyle(narration).fontSize) : 0;
  if (size < minNarration)
    found.push(`the narration is ${size.toFixed(1)} px, below ${minNarration.toFixed(1)} px`);
  const label = root.querySelector('.chart text.label');
  const fitted = root.querySelector<HTMLElement>('.chart .inner');
  if (label && fitted) {
    const scale = Number(/scale\(([\d.]+)\)/.exec(fitted.style.transform)?.[1] ?? 1);
    const drawn = parseFloat(getComputedStyle(label).fontSize) * scale;
    // Smaller only where the chart already keeps one row per lane and still has to shrink.
    const squeezed = root.querySelector('.chart .fit[data-squeezed]');
    if (drawn < minLabel && !squeezed)
      found.push(`the chart's labels are ${drawn.toFixed(1)} px, below ${minLabel.toFixed(1)} px`);
  }
  const selected = root.querySelector('.chart [aria-current], .chart [aria-pressed="true"]');
  const chartBox = root.querySelector('.chart')!.getBoundingClientRect();
  if (selected) {
    const r = selected.getBoundingClientRect();
    if (
      r.bottom < chartBox.top ||
      r.top > chartBox.bottom - 2 ||
      r.right < chartBox.left ||
      r.left > chartBox.right
    )
      found.push("the step's event is off the chart");
  }
  return found;
}

async function checkStory(
  page: Page,
  frame: Page | Frame,
  story: { id: string; steps: number },
  size: { width: number; height: number },
) {
  for (let step = 1; step <= story.steps; step++) {
    await expect(frame.locator(`.present[data-fitted="${step}"]`)).toBeAttached();
    const found = await frame.evaluate(problems, [
      minType(size.width, size.height),
      minLabel(size.width, size.height),
    ] as [number, number]);
    expect(found, `${story.id}, step ${step}`).toEqual([]);
    await page.keyboard.press('PageDown');
  }
}

for (const size of SIZES)
  for (const story of STORIES)
    test(`every step of "${story.id}" fits a ${size.width}x${size.height} screen in readable type`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await page.goto(`./?story=${story.id}`);
      await checkStory(page, page, story, size);
    });

for (const story of STORIES)
  test(`every step of "${story.id}" fits a 16:9 embed of 800x450 in readable type`, async ({
    page,
    baseURL,
  }) => {
    await page.setContent(
      `<iframe src="${baseURL}?embed=1&story=${story.id}" width="800" height="450" style="border:0" title="Story"></iframe>`,
    );
    const frame = page.frames()[1]!;
    await frame.waitForLoadState();
    await frame.locator('.present').focus();
    await checkStory(page, frame, story, { width: 800, height: 450 });
  });

// "Present the events shown" has no story: its first steps, the sparse early years, have charts
// of only two or three lanes, which grow to use the room above the card.
for (const size of SIZES.slice(0, 2))
  test(`the first 15 events shown fit a ${size.width}x${size.height} screen in readable type`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await page.goto('./?present=1');
    await checkStory(page, page, { id: 'the events shown', steps: 15 }, size);
  });
