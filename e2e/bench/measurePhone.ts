import type { Browser } from '@playwright/test';
import { ORIGIN } from './benchServer.ts';
import { readyMark } from './readyMark.ts';

/** The phone profile: a mid-range phone on a slow mobile network, as Lighthouse's mobile preset. */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  cpuSlowdown: 4,
  /** 1.6 Mbps down, 750 kbps up, in bytes per second. */
  downloadBytesPerSecond: 1_600_000 / 8,
  uploadBytesPerSecond: 750_000 / 8,
  roundTripMs: 150,
  /** How long the page is watched after `timeline-ready` for late shifts and long tasks. */
  settleMs: 3_000,
} as const;

/** One load of the curated site under the phone profile. */
export interface PhoneRun {
  /** performance.mark('timeline-ready').startTime, ms from navigation. */
  readyMs: number;
  /** Largest Contentful Paint, ms from navigation. */
  lcpMs: number;
  /** Cumulative Layout Shift (shifts not caused by input), up to the end of the settle time. */
  cls: number;
  /** Total Blocking Time: the part over 50 ms of every long task after First Contentful Paint. */
  tbtMs: number;
  /** Bytes transferred over the network (compressed), page and every resource. */
  bytes: number;
}

/**
 * Loads the site as a reader on a phone first does (curated data, fresh context, no cache), with
 * the CPU slowed 4× and the network throttled through the DevTools protocol, and reads the Core
 * Web Vitals the page's own PerformanceObservers saw.
 */
export async function measurePhone(browser: Browser): Promise<PhoneRun> {
  const context = await browser.newContext({
    viewport: PHONE.viewport,
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 3,
    timezoneId: 'UTC',
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: PHONE.roundTripMs,
      downloadThroughput: PHONE.downloadBytesPerSecond,
      uploadThroughput: PHONE.uploadBytesPerSecond,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
    let bytes = 0;
    cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
    // Observers from the first script on, so nothing before them is missed (all are buffered too).
    await page.addInitScript(() => {
      const vitals = { lcp: 0, cls: 0, longTasks: [] as { start: number; duration: number }[] };
      (window as unknown as { __vitals: typeof vitals }).__vitals = vitals;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) vitals.lcp = e.startTime;
      }).observe({ type: 'largest-contentful-paint', buffered: true });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        })[])
          if (!e.hadRecentInput) vitals.cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          vitals.longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${ORIGIN}/`, { waitUntil: 'commit' });
    const readyMs = await readyMark(page);
    await page.waitForTimeout(PHONE.settleMs);
    const vitals = await page.evaluate(() => {
      const v = (
        window as unknown as {
          __vitals: { lcp: number; cls: number; longTasks: { start: number; duration: number }[] };
        }
      ).__vitals;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
      const tbt = v.longTasks
        .filter((t) => t.start + t.duration > fcp)
        .reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
      return { lcp: v.lcp, cls: v.cls, tbt };
    });
    return { readyMs, lcpMs: vitals.lcp, cls: vitals.cls, tbtMs: vitals.tbt, bytes };
  } finally {
    await context.close();
  }
}
