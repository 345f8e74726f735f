import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';

/** Where the synthetic datasets are served: another origin, as a reader's own file would be. */
export const DATA_ORIGIN = 'http://localhost:4323';

/** The URL of a synthetic dataset of `size` events. */
export const dataUrl = (size: number) => `${DATA_ORIGIN}/bench-data/${size}.json`;

/**
 * Serves the synthetic datasets over real HTTP, as a static host or CDN would: gzipped once in
 * advance (sent as gzip to a browser that accepts it), with CORS and a Content-Length. Answering
 * them through Playwright's request interception instead would push every byte through the
 * DevTools protocol, which took about half a second per 22 MB file on both sides and measured the
 * harness rather than either page.
 */
export async function serveBenchData(datasetJson: (size: number) => string): Promise<Server> {
  const gzipped = new Map<number, { plain: Buffer; gzip: Buffer }>();
  const body = (size: number) => {
    if (!gzipped.has(size)) {
      const plain = Buffer.from(datasetJson(size));
      gzipped.set(size, { plain, gzip: gzipSync(plain) });
    }
    return gzipped.get(size)!;
  };
  const server = createServer((request, response) => {
    const size = Number(request.url?.match(/^\/bench-data\/(\d+)\.json$/)?.[1]);
    response.setHeader('Access-Control-Allow-Origin', '*');
    if (!Number.isInteger(size) || size <= 0) return response.writeHead(404).end();
    const files = body(size);
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const content = gzip ? files.gzip : files.plain;
    response.writeHead(200, {
      'Content-Type': 'application/json',
      'Content-Length': content.length,
      'Cache-Control': 'no-store',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    response.end(content);
  });
  const { port } = new URL(DATA_ORIGIN);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(Number(port), 'localhost', resolve);
  });
  return server;
}

/** Makes (and gzips) a dataset before the runs, so the first run does not pay for it. */
export function warmBenchData(size: number): Promise<void> {
  return fetch(dataUrl(size), { headers: { 'accept-encoding': 'gzip' } }).then((r) => r.arrayBuffer().then(() => undefined));
}
