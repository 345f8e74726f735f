import { fetchData } from './fetchData.ts';
import { MAX_FILE_BYTES } from './data/import/importLimits.ts';
import { prefetch } from './data/prefetch.ts';
import { readBodyEarly } from './data/readBodyEarly.ts';
import { parseAppMode } from './state/appMode.ts';

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

/** fetchData, with the files this page needs first already on their way. */
export const fetchEarly = prefetch(
  (url) => fetchData(url).then((response) => readBodyEarly(response, MAX_FILE_BYTES)),
  mode.dataUrl
    ? [mode.dataUrl, curated('categories'), curated('actors')]
    : [curated('events'), curated('categories'), curated('actors'), curated('eras')],
);
