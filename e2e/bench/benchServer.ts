import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export type Side = 'ours' | 'vis';

/** The port bench.config.ts serves our built site on (vite preview). */
export const SITE_PORT = 4322;
/** Our built site's origin. */
export const ORIGIN = `http://localhost:${SITE_PORT}`;
/** Where serveBench serves the synthetic datasets and the vis-timeline page. */
const BENCH_ORIGIN = 'http://localhost:4323';

/** The URL of a synthetic dataset of `size` events. */
const dataUrl = (size: number) => `${BENCH_ORIGIN}/bench-data/${size}.json`;

/** The page that shows `size` synthetic events with our timeline or with vis-timeline. */
export function pageUrl(side: Side, size: number): string {
  const data = `?data=${encodeURIComponent(dataUrl(size))}`;
  return side === 'ours' ? `${ORIGIN}/${data}` : `${BENCH_ORIGIN}/__vis/index.html${data}`;
}

const HERE = import.meta.dirname;
// The peer lives in the bench's own package (e2e/bench/package.json), installed by npm run bench.
const VIS = resolve(HERE, 'node_modules/vis-timeline');
const VIS_FILES: Record<string, { path: string; contentType: string }> = {
  'index.html': { path: resolve(HERE, 'vis.html'), contentType: 'text/html' },
  'vis-timeline-graph2d.min.js': {
    path: resolve(VIS, 'standalone/umd/vis-timeline-graph2d.min.js'),
    contentType: 'text/javascript',
  },
  'vis-timeline-graph2d.min.css': {
    path: resolve(VIS, 'styles/vis-timeline-graph2d.min.css'),
    contentType: 'text/css',
  },
};

/**
 * Serves the synthetic datasets and the vis-timeline page over real HTTP, as a static host or CDN
 * would: datasets gzipped once in advance (sent as gzip to a browser that accepts it), with CORS
 * and a Content-Length; the vis page and its two files from node_modules. Answering them through
 * Playwright's request interception instead would push every byte through the DevTools protocol
 * (about half a second per 22 MB file, on both sides: a measure of the harness, not of either
 * page), and Chromium will not let a page answered that way read from localhost.
 */
export async function serveBench(datasetJson: (size: number) => string): Promise<Server> {
  const files = new Map<number, { plain: Buffer; gzip: Buffer }>();
  const dataset = (size: number) => {
    if (!files.has(size)) {
      const plain = Buffer.from(datasetJson(size));
      files.set(size, { plain, gzip: gzipSync(plain) });
    }
    return files.get(size)!;
  };
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', BENCH_ORIGIN).pathname;
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Cache-Control', 'no-store');
    const vis = path.startsWith('/__vis/') ? VIS_FILES[path.slice('/__vis/'.length)] : undefined;
    if (vis)
      return response
        .writeHead(200, { 'Content-Type': vis.contentType })
        .end(readFileSync(vis.path));
    const size = Number(path.match(/^\/bench-data\/(\d+)\.json$/)?.[1]);
    if (!Number.isInteger(size) || size <= 0) return response.writeHead(404).end();
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const { plain, gzip: zipped } = dataset(size);
    const body = gzip ? zipped : plain;
    response.writeHead(200, {
      'Content-Type': 'application/json',
      'Content-Length': body.length,
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    response.end(body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(Number(new URL(BENCH_ORIGIN).port), 'localhost', resolve);
  });
  return server;
}

/** Makes (and gzips) a dataset before the runs, so the first run does not pay for it. */
export async function warmBenchData(size: number): Promise<void> {
  await (await fetch(dataUrl(size), { headers: { 'accept-encoding': 'gzip' } })).arrayBuffer();
}
