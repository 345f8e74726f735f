import type { Page } from '@playwright/test';

/**
 * The `startTime` of the page's 'timeline-ready' mark, once it is set. One call into the page that
 * waits on a PerformanceObserver, rather than Playwright's waitForFunction, which runs a check in
 * the page every frame and so adds work to the very main thread being measured.
 */
export function readyMark(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const observer = new PerformanceObserver((list) => {
          const mark = list.getEntriesByName('timeline-ready')[0];
          if (!mark) return;
          observer.disconnect();
          resolve(mark.startTime);
        });
        observer.observe({ type: 'mark', buffered: true });
      }),
  );
}
