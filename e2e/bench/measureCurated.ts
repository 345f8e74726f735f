import type { Browser } from '@playwright/test';
import { ORIGIN } from './benchServer.ts';
import { readyMark } from './readyMark.ts';

/** One load of the site with its curated dataset. */
export interface CuratedRun {
  /** When the last of the page's initial scripts had arrived (the latest responseEnd among them), ms from navigation. */
  scriptsLoadedMs: number;
  /** performance.mark('timeline-ready').startTime, ms from navigation. */
  firstRenderMs: number;
}

/**
 * Loads the site as a reader first does (curated data, fresh context, no cache) and reads when
 * its initial scripts (`scripts`: paths as in dist/index.html) had arrived and when the first
 * complete render was on screen: the target is the second at most 300 ms after the first.
 */
export async function measureCurated(browser: Browser, scripts: string[]): Promise<CuratedRun> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    timezoneId: 'UTC',
  });
  try {
    const page = await context.newPage();
    await page.goto(`${ORIGIN}/`, { waitUntil: 'commit' });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>(
      (_, reject) =>
        (timer = setTimeout(
          () => reject(new Error("Our site showed no 'timeline-ready' mark within 60 s.")),
          60_000,
        )),
    );
    const firstRenderMs = await Promise.race([readyMark(page), late]).finally(() =>
      clearTimeout(timer),
    );
    const scriptsLoadedMs = await page.evaluate((files) => {
      const loaded = performance
        .getEntriesByType('resource')
        .filter((r) => files.some((f) => r.name.endsWith(f)))
        .map((r) => (r as PerformanceResourceTiming).responseEnd);
      return Math.max(...loaded);
    }, scripts);
    return { scriptsLoadedMs, firstRenderMs };
  } finally {
    await context.close();
  }
}
