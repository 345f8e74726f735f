import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DownloadProgress } from './DownloadProgress.svelte.ts';

describe('DownloadProgress', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('counts as stalled once nothing has arrived for the stall time', () => {
    const progress = new DownloadProgress(1000);
    progress.start();
    vi.advanceTimersByTime(999);
    expect(progress.stalled).toBe(false);
    vi.advanceTimersByTime(1);
    expect(progress.stalled).toBe(true);
  });

  it('restarts the stall clock with every chunk, and clears a stall when data arrives', () => {
    const progress = new DownloadProgress(1000);
    progress.start();
    vi.advanceTimersByTime(800);
    progress.report(4096);
    vi.advanceTimersByTime(800);
    expect([progress.received, progress.stalled]).toEqual([4096, false]);
    vi.advanceTimersByTime(200);
    expect(progress.stalled).toBe(true);
    progress.report(8192);
    expect(progress.stalled).toBe(false);
  });

  it('never stalls after the download stopped', () => {
    const progress = new DownloadProgress(1000);
    progress.start();
    progress.stop();
    vi.advanceTimersByTime(5000);
    expect(progress.stalled).toBe(false);
  });
});
