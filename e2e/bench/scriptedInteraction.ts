import type { Locator, Page } from '@playwright/test';

/** What one scripted zoom-and-pan gesture recorded in the page. */
export interface InteractionResult {
  /** Wall time from the first wheel event until the page had drawn two frames after the last input. */
  durationMs: number;
  /** Intervals between consecutive requestAnimationFrame callbacks during the gesture. */
  frameIntervalsMs: number[];
  /** Summed duration of the 'longtask' entries that started during the gesture. */
  longTaskMs: number;
}

const STEPS = 30;
const WHEEL_DELTA = 100;
const PAN_PX = 600;
const STEP_GAP_MS = 16;

interface Recorder {
  frames: number[];
  longTasks: { start: number; duration: number }[];
  stop: boolean;
  t0: number;
  observer: PerformanceObserver;
}
type BenchWindow = Window & { __benchRecorder?: Recorder };

/**
 * Over the centre of `target`'s visible part: 30 wheel steps in, a 600 px drag with 30 moves,
 * then 30 wheel steps out, about one frame apart, while a requestAnimationFrame loop and a
 * long-task observer record what the page does.
 */
export async function scriptedInteraction(page: Page, target: Locator): Promise<InteractionResult> {
  const { x, y } = await visibleCentre(page, target);
  await page.mouse.move(x, y);
  await page.evaluate(() => {
    const recorder: Recorder = {
      frames: [],
      longTasks: [],
      stop: false,
      t0: performance.now(),
      observer: new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          recorder.longTasks.push({ start: e.startTime, duration: e.duration });
      }),
    };
    // Buffered, so long tasks that end before the observer's first callback are not lost.
    recorder.observer.observe({ type: 'longtask', buffered: true });
    const loop = (t: number) => {
      recorder.frames.push(t);
      if (!recorder.stop) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
    (window as BenchWindow).__benchRecorder = recorder;
  });
  const started = Date.now();
  await wheel(page, -WHEEL_DELTA);
  // The drag comes between zooming in and out: at the whole-dataset view our timeline cannot pan
  // further (vis-timeline can), so a drag there would measure nothing on our side. It goes from
  // half the distance right of the centre to half left of it, staying over the timeline.
  await page.mouse.move(x + PAN_PX / 2, y);
  await page.mouse.down();
  for (let i = 1; i <= STEPS; i++) {
    await page.mouse.move(x + PAN_PX / 2 - (PAN_PX * i) / STEPS, y);
    await page.waitForTimeout(STEP_GAP_MS);
  }
  await page.mouse.up();
  await page.mouse.move(x, y);
  await wheel(page, WHEEL_DELTA);
  // Two frames after the last input: the page has handled it and drawn the result.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  const durationMs = Date.now() - started;
  const { frames, longTasks } = await page.evaluate(() => {
    const recorder = (window as BenchWindow).__benchRecorder!;
    recorder.stop = true;
    for (const e of recorder.observer.takeRecords())
      recorder.longTasks.push({ start: e.startTime, duration: e.duration });
    recorder.observer.disconnect();
    return {
      frames: recorder.frames,
      longTasks: recorder.longTasks.filter((t) => t.start >= recorder.t0),
    };
  });
  return {
    durationMs,
    frameIntervalsMs: frames.slice(1).map((t, i) => t - frames[i]!),
    longTaskMs: longTasks.reduce((sum, t) => sum + t.duration, 0),
  };
}

async function wheel(page: Page, deltaY: number) {
  for (let i = 0; i < STEPS; i++) {
    await page.mouse.wheel(0, deltaY);
    await page.waitForTimeout(STEP_GAP_MS);
  }
}

/** The centre of the part of `target` inside the viewport: a tall timeline may reach below the fold. */
async function visibleCentre(page: Page, target: Locator): Promise<{ x: number; y: number }> {
  const box = await target.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) throw new Error('The timeline has no box on screen to interact with.');
  const top = Math.max(box.y, 0);
  const bottom = Math.min(box.y + box.height, viewport.height);
  const left = Math.max(box.x, 0);
  const right = Math.min(box.x + box.width, viewport.width);
  return { x: (left + right) / 2, y: (top + bottom) / 2 };
}
