import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { dataUrl } from './serveBenchData.ts';

export type Side = 'ours' | 'vis';

/** Where bench.config.ts serves the built site. */
export const ORIGIN = 'http://localhost:4322';

const HERE = import.meta.dirname;
const VIS = resolve(HERE, '../../node_modules/vis-timeline');
// The vis page and its two files, served under /__vis/ on our own origin so both sides load the
// same way (same origin, same data URL).
const VIS_FILES: Record<string, { path: string; contentType: string }> = {
  'index.html': { path: resolve(HERE, 'vis.html'), contentType: 'text/html' },
  'vis-timeline-graph2d.min.js': { path: resolve(VIS, 'standalone/umd/vis-timeline-graph2d.min.js'), contentType: 'text/javascript' },
  'vis-timeline-graph2d.min.css': { path: resolve(VIS, 'styles/vis-timeline-graph2d.min.css'), contentType: 'text/css' },
};

/** The page that shows `size` synthetic events with our timeline or with vis-timeline. */
export function pageUrl(side: Side, size: number): string {
  const data = `?data=${encodeURIComponent(dataUrl(size))}`;
  return side === 'ours' ? `${ORIGIN}/${data}` : `${ORIGIN}/__vis/index.html${data}`;
}

/** Answers the vis-timeline page and its files from node_modules, without any files in dist/. */
export async function routeBenchFiles(page: Page): Promise<void> {
  await page.route(
    (url) => url.origin === ORIGIN && url.pathname.startsWith('/__vis/'),
    (route) => {
      const file = VIS_FILES[new URL(route.request().url()).pathname.slice('/__vis/'.length)];
      if (!file) return route.fulfill({ status: 404 });
      return route.fulfill({ contentType: file.contentType, body: readFileSync(file.path) });
    },
  );
}
