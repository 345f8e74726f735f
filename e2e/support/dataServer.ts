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
