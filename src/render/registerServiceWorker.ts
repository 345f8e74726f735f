import { firstRender } from './markReady.ts';

/**
 * Registers sw.js, the service worker that keeps the site working offline after a first visit
 * (see src/offline/serviceWorkerSource.ts). Only in a production build served over http(s): the
 * development server has no sw.js, a page opened from disk (file:) cannot have a worker, and the
 * single-file build has none. Registration waits for the first render (or, on a page that shows an
 * error instead, for three seconds after load): installing the worker downloads every file of the
 * site, which would otherwise compete with drawing the first view. If it fails, the site simply
 * stays online-only.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || import.meta.env.MODE === 'single') return;
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  const register = () =>
    navigator.serviceWorker
      .register('./sw.js')
      .catch((error: unknown) => console.warn('Offline use is unavailable:', error));
  const loaded = new Promise<void>((resolve) =>
    document.readyState === 'complete'
      ? resolve()
      : addEventListener('load', () => resolve(), { once: true }),
  );
  const fallback = loaded.then(() => new Promise<void>((resolve) => setTimeout(resolve, 3000)));
  void Promise.race([firstRender, fallback]).then(register);
}
