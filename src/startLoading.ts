import { fetchData } from './fetchData.ts';
import { MAX_CHARACTERS } from './data/import/importLimits.ts';
import { prefetch } from './data/prefetch.ts';
import { googleSheetCsvUrls, parseGoogleSheet } from './data/googleSheetCsv.ts';
import { readAtOnce } from './data/readAtOnce.ts';
import { CURATED_FIRST } from './data/curatedFirst.ts';
import { parseAppMode } from './state/appMode.ts';
import { DownloadProgress } from './state/DownloadProgress.svelte.ts';

/*
 * Starts downloading the page's data the moment its script runs, before any component is built:
 * main.ts imports this module first. For a reader's large file that is a tenth of a second or
 * more gained; App picks the downloads up from `fetchEarly`.
 */

/** The page's mode, read once from its URL. */
export const mode = parseAppMode(window.location.search);

/** Where the curated files are, relative to the page; fetchData serves them from the page itself in the single-file build. */
export const CURATED_BASE = 'data/';

const curated = (name: string) => `${CURATED_BASE}${name}.json`;

/** The addresses the reader's data is read from: a Google Sheet's CSV exports, else `?data=` itself. */
const sheet = mode.dataUrl ? parseGoogleSheet(mode.dataUrl) : null;
const readerUrls = sheet ? googleSheetCsvUrls(sheet) : mode.dataUrl ? [mode.dataUrl] : [];

// A reader's file is read by readBodyEarly (counted against the size limit as it streams in); its
// code loads, beside the download, only on a page that has one.
const reading = mode.dataUrl ? import('./data/readBodyEarly.ts') : null;

/** How the reader's file (`?data=`) is coming along, for the loading screen. */
export const dataProgress = new DownloadProgress();

/**
 * fetchData, reading each body as it arrives (decoded, and refused past the size limit); the
 * reader's file reports its progress, and `signal` stops the downloads (Cancel, or Retry).
 */
export function fetchWatched(signal?: AbortSignal) {
  const onBytes = (received: number) => dataProgress.report(received);
  return (url: string) =>
    fetchData(url, undefined, signal).then((response) =>
      // The reader's file stays bytes, decoded by the import worker.
      reading && readerUrls.includes(url)
        ? reading.then(({ readBodyEarly }) =>
            readBodyEarly(response, MAX_CHARACTERS, onBytes, true),
          )
        : readAtOnce(response),
    );
}

/** Stops the first download of the reader's file. */
export const firstDownload = new AbortController();
if (mode.dataUrl) dataProgress.start();

/** fetchData, with the files this page needs first already on their way. */
// With a reader's file: that file, and the curated categories and actors its records may use
// (not the curated events, nor the eras: the file brings its own, or none). boot.ts has already
// asked for the curated ones on a page without a reader's file.
export const fetchEarly = prefetch(
  fetchWatched(firstDownload.signal),
  mode.dataUrl
    ? [readerUrls[0]!, curated('categories'), curated('actors')]
    : CURATED_FIRST.map(curated),
);
