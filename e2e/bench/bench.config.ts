import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from '../chromium.ts';
import { SITE_PORT } from './benchServer.ts';

// Finds a Chromium, or installs one and says so (see chromium.ts).
const executablePath = ensureChromium();

const PORT = SITE_PORT;

/** `npm run bench`: our timeline against vis-timeline, on the same Chromium as the e2e tests. */
export default defineConfig({
  testDir: '.',
  testMatch: 'bench.spec.ts',
  // Playwright empties outputDir at the start of a run, so it must not be results/ itself.
  outputDir: './results/playwright',
  workers: 1,
  retries: 0,
  reporter: [['list']],
  // Each run opens its own context (viewport, time zone) in measureRun.ts.
  use: {
    baseURL: `http://localhost:${PORT}/`,
    // Precise memory info makes performance.memory exact instead of coarse buckets.
    launchOptions: { executablePath, args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'] },
  },
  projects: [{ name: 'bench' }],
  webServer: {
    command: `npm run build && npx vite preview --port ${PORT} --strictPort`,
    cwd: '../..',
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 300_000,
  },
});
