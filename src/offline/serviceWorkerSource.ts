import type { PrecacheManifest } from './precacheManifest.ts';

/**
 * The source of sw.js, the service worker that keeps the site working offline after a first visit.
 * It is plain script (no imports), written out at build time with the build's file list in it.
 * The build is one versioned unit: a page is always served with the scripts and data stored beside
 * it, never new code with old data.
 *
 * - install: stores every listed file, bypassing the HTTP cache so the copies match this build,
 *   then takes over at once (skipWaiting): a reader who only ever reloads one tab would otherwise
 *   keep the old build for good.
 * - activate: deletes this site's older caches (same folder, other version), then takes control of
 *   the open pages, so the first visit is already covered.
 * - the page (a navigation to the folder or index.html, with any query: the view lives there) and
 *   the other listed files: from the cache, else the network. Cache first, so a poor school network
 *   never delays the page; a new build is stored in the background (the browser fetches sw.js on
 *   every visit, and its file list and hash change with any file) and shown on the next visit.
 * - anything else (other origins such as a reader's ?data= file, non-GET, unlisted files): not
 *   handled, so the browser fetches it as if there were no worker.
 */
export function serviceWorkerSource(manifest: PrecacheManifest): string {
  return `// Generated at build time by vite.config.ts from src/offline/serviceWorkerSource.ts.
const PRECACHE = ${JSON.stringify(manifest.urls)};
const SCOPE = new URL('./', self.location.href);
const CACHE_PREFIX = 'dprk-timeline:' + SCOPE.pathname + ':';
const CACHE = CACHE_PREFIX + ${JSON.stringify(manifest.version)};
const PAGE = SCOPE.href;
const FILES = new Set(PRECACHE.map((url) => new URL(url, SCOPE).href));

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((url) => new Request(new URL(url, SCOPE), { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin) return;
  const file = url.origin + url.pathname;
  if (request.mode === 'navigate' && (file === PAGE || file === PAGE + 'index.html')) event.respondWith(stored(PAGE, request));
  else if (FILES.has(file)) event.respondWith(stored(file, request));
});

function stored(url, request) {
  return caches.open(CACHE).then((cache) => cache.match(url)).then((response) => response || fetch(request));
}
`;
}
