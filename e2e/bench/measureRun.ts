import type { Browser, Page } from '@playwright/test';
import { pageUrl, type Side } from './benchServer.ts';
import { readyMark } from './readyMark.ts';
import { scriptedInteraction, type InteractionResult } from './scriptedInteraction.ts';

/** One side, one dataset size, one fresh page. Null metrics mean the step did not finish in time. */
export interface RunResult {
  side: Side;
  size: number;
  run: number;
  /** performance.mark('timeline-ready').startTime: milliseconds from navigation to the first complete render. */
  firstRenderMs: number | null;
  /** performance.memory.usedJSHeapSize after a forced garbage collection. */
  heapBytes: number | null;
  /** Elements in the whole document after the first render. */
  domNodes: number | null;
  /** The longest task (PerformanceObserver 'longtask') that began before the first render: how long the page ignored input while loading; 0 for none over 50 ms. */
  loadLongestTaskMs: number | null;
  interaction: InteractionResult | null;
  /** Why a step did not finish, when one did not. */
  note?: string;
}

export interface RunLimits {
  /** How long to wait for 'timeline-ready'. */
  firstRenderMs: number;
  /** How long the page may stay busy after its first render before the heap and DOM are measured. */
  settleMs: number;
  /** How long the scripted gesture may take. */
  interactionMs: number;
}

type MemoryPerformance = Performance & { memory: { usedJSHeapSize: number } };

/** Opens a fresh context and page, loads `size` events on `side`, and measures it. */
export async function measureRun(
  browser: Browser,
  side: Side,
  size: number,
  run: number,
  limits: RunLimits,
): Promise<RunResult> {
  const result: RunResult = {
    side,
    size,
    run,
    firstRenderMs: null,
    heapBytes: null,
    domNodes: null,
    loadLongestTaskMs: null,
    interaction: null,
  };
  // UTC, so vis-timeline (which draws local time) shows the same dates as our site (which draws UTC).
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    timezoneId: 'UTC',
  });
  try {
    const page = await context.newPage();
    // From the page's first script on: the long tasks while the file downloads, parses and draws.
    await page.addInitScript(() => {
      const tasks: { start: number; duration: number }[] = [];
      (window as unknown as { __loadTasks: typeof tasks }).__loadTasks = tasks;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(pageUrl(side, size), { waitUntil: 'commit' });
    // Raced in Node: Playwright's own timeout does not fire while the page's main thread is blocked.
    const ready = await withinTime(readyMark(page), limits.firstRenderMs);
    if (ready === null)
      return {
        ...result,
        note: `no 'timeline-ready' mark within ${limits.firstRenderMs / 1000} s`,
      };
    result.firstRenderMs = ready;
    result.loadLongestTaskMs = await longestTaskBefore(page, ready);
    const settled = await withinTime(memoryAndDom(page), limits.settleMs);
    if (!settled)
      return {
        ...result,
        note: `the page was still busy ${limits.settleMs / 1000} s after its first render`,
      };
    Object.assign(result, settled);
    const target =
      side === 'ours'
        ? page.getByRole('region', { name: 'Timeline' })
        : page.locator('.vis-timeline');
    result.interaction = await withinTime(scriptedInteraction(page, target), limits.interactionMs);
    if (!result.interaction)
      result.note = `the scripted interaction took more than ${limits.interactionMs / 1000} s`;
    return result;
  } finally {
    await context.close();
  }
}

/** The longest task that began before `ms` (the first render), once the observer has reported it. */
async function longestTaskBefore(page: Page, ms: number): Promise<number> {
  await page.evaluate(() => new Promise((done) => setTimeout(done, 0)));
  return page.evaluate(
    (before) =>
      Math.max(
        0,
        ...(window as unknown as { __loadTasks: { start: number; duration: number }[] }).__loadTasks
          .filter((t) => t.start < before)
          .map((t) => t.duration),
      ),
    ms,
  );
}

/** Heap after a forced GC and the element count, once the first render has been painted. */
async function memoryAndDom(page: Page): Promise<{ heapBytes: number; domNodes: number }> {
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  return {
    heapBytes: await page.evaluate(() => (performance as MemoryPerformance).memory.usedJSHeapSize),
    domNodes: await page.evaluate(() => document.getElementsByTagName('*').length),
  };
}

/** The promise's value, or null if it has not settled after `ms`; its later failure (the page closing) is ignored. */
async function withinTime<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  promise.catch(() => {});
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}
