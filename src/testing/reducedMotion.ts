import { afterEach, beforeEach, vi } from 'vitest';

/**
 * For the tests of the current `describe`: a browser that prefers reduced motion (every media
 * query matches), so the view's moves jump rather than animate, and a no-op cancelAnimationFrame.
 */
export function preferReducedMotion(): void {
  beforeEach(() => {
    vi.stubGlobal('matchMedia', () => ({ matches: true }));
    vi.stubGlobal('cancelAnimationFrame', () => {});
  });
  afterEach(() => vi.unstubAllGlobals());
}
