import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';

/**
 * Serves a reader's file at `/mine/<name>` on the test server, as a newsroom's own server would,
 * and returns its path for `?data=`. The content type follows the name (.csv is text/csv).
 */
export async function serveData(page: Page, name: string, body: string | object) {
  await page.route(`**/mine/${name}`, (route) =>
    typeof body === 'string'
      ? route.fulfill({
          body,
          contentType: name.endsWith('.csv') ? 'text/csv' : 'application/json',
        })
      : route.fulfill({ json: body }),
  );
  return `/mine/${name}`;
}

/**
 * Serves the files of a folder over real HTTP, on a port of its own, as a reader's server would:
 * across origins (CORS), with a Content-Length, streamed in chunks so the page sees the bytes
 * arrive. For files too large to pass through `page.route`. Returns the origin and a way to stop.
 */
export async function serveFolder(folder: string): Promise<{ origin: string; close: () => void }> {
  const server = createServer((request, response) => {
    const path = resolve(folder, `.${new URL(request.url ?? '/', 'http://x').pathname}`);
    if (!path.startsWith(resolve(folder)) || !existsSync(path)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'access-control-allow-origin': '*',
      'content-type': path.endsWith('.csv') ? 'text/csv' : 'application/json',
      'content-length': statSync(path).size,
    });
    createReadStream(path).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, done));
  return {
    origin: `http://localhost:${(server.address() as AddressInfo).port}`,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}
