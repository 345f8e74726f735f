/*
 * The page's first script, with no imports of its own: it runs as soon as it arrives, while the
 * app's code is still downloading, and asks for the curated data files at once (preload links;
 * the app's fetches in startLoading.ts then get the same responses), so the data downloads beside
 * the code instead of after it. On a phone's slow network that is half a second sooner. Nothing
 * is asked for when the page shows a reader's data (`?data=`) or carries its data inside it (the
 * single-file build).
 */
// The same list as data/curatedFirst.ts (startLoading's), written out: an import would make this
// script wait for a shared chunk. curatedFirst.test.ts checks that the two agree.
const CURATED_FIRST = ['events', 'categories', 'actors', 'eras'];

if (
  !new URLSearchParams(window.location.search).has('data') &&
  !document.getElementById('inline-data')
)
  for (const name of CURATED_FIRST) {
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    // As fetch() asks by default (CORS mode, same-origin credentials), or the preload is not reused.
    link.crossOrigin = 'anonymous';
    link.href = `data/${name}.json`;
    document.head.append(link);
  }
