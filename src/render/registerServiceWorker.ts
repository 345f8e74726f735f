/**
 * Registers sw.js, the service worker that keeps the site working offline after a first visit
 * (see src/offline/serviceWorkerSource.ts). Only in a production build served over http(s): the
 * development server has no sw.js, a page opened from disk (file:) cannot have a worker, and the
 * single-file build has none. Registration waits for the page to load, so storing the site's
 * files does not compete with the first view; if it fails, the site simply stays online-only.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || import.meta.env.MODE === 'single') return;
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  const register = () => navigator.serviceWorker.register('./sw.js').catch((error: unknown) => console.warn('Offline use is unavailable:', error));
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
