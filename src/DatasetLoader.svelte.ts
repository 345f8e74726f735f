import { loadDataset } from './data/loadDataset.ts';
import { dataName } from './data/dataName.ts';
import type { ImportResult } from './data/import/validateImport.ts';
import type { ImportProgress, ImportRequest } from './data/import/importMessages.ts';
import type { Dataset } from './data/validateDataset.ts';
import type { ValidationError } from './data/validationError.ts';
import {
  CURATED_BASE,
  dataProgress,
  fetchEarly,
  fetchWatched,
  firstDownload,
  mode,
} from './startLoading.ts';

export type Loaded =
  | { status: 'loading' }
  | { status: 'failed'; errors: ValidationError[]; custom: boolean }
  | {
      status: 'ready';
      dataset: Dataset;
      skipped: ValidationError[];
      /** How many of the reader's records were left out, and how many are shown with a warning. */
      leftOut: number;
      warned: number;
      /** What the reader's file calls a record. */
      unit: 'row' | 'event';
      custom: string | null;
      title?: string;
      description?: string;
    };

// The error report loads only when there is something to report: a reader's file may have
// problems, so it loads with the importers, and is there by the time the file is.
export const errorReport = () => import('./render/ErrorReport.svelte');
// The importers and the validator load only when a reader brings their own data.
const importers = () =>
  Promise.all([
    import('./data/loadCustomDataset.ts'),
    import('./data/importInWorker.ts'),
    errorReport(),
  ]);

/** A whole-file failure, worded as the error report words a record's. */
const fileError = (file: string, message: string): ValidationError[] => [
  { file, record: 'file', field: '', message },
];

/**
 * The page's data as it loads: the curated dataset, or the reader's file from `?data=` (with
 * progress, Retry and Cancel) or from a file they open or drop. The files were already requested
 * by startLoading; the importers' code loads meanwhile.
 */
export class DatasetLoader {
  loaded = $state.raw<Loaded>({ status: 'loading' });
  /** Bumped for each dataset shown, so the explorer is built afresh for it. */
  generation = $state(0);
  /** Whether the reader's file is downloading now (then the bytes are the progress). */
  downloading = $state(false);
  /** Set after half a second of loading a reader's file: then the progress bar and Cancel show. */
  slow = $state(false);
  // How far the import of the reader's file has got (parsed and checked in a worker).
  #progress = $state.raw<ImportProgress | null>(null);
  // The reader's file downloading or importing now, if any: what Cancel and Retry stop.
  #download = firstDownload;
  #attempt = 0;
  #slowTimer: ReturnType<typeof setTimeout> | undefined;
  /** The name of the file loading, and the view to return to if its loading is cancelled. */
  #loading: { name: string; previous: Loaded | null } | null = null;

  /** How far loading has got: while downloading, the bytes from the download; then the worker's reports. */
  progress = $derived<ImportProgress | null>(
    this.#progress ?? (this.downloading ? { step: 'bytes', done: dataProgress.received } : null),
  );
  /** The title the reader's file gives itself, if any. */
  title = $derived(this.loaded.status === 'ready' && this.loaded.title ? this.loaded.title : null);

  constructor() {
    if (mode.dataUrl) this.#loadReaderData(fetchEarly);
    else
      loadDataset(CURATED_BASE, fetchEarly, { validate: import.meta.env.DEV }).then(
        (r) =>
          (this.loaded = r.ok
            ? {
                status: 'ready',
                dataset: r.dataset,
                skipped: [],
                leftOut: 0,
                warned: 0,
                unit: 'event',
                custom: null,
              }
            : { status: 'failed', errors: r.errors, custom: false }),
        this.#failed(false),
      );
  }

  /** Anything unexpected while loading (a chunk that fails to download, a file that cannot be read) still ends in a message. */
  #failed = (custom: boolean) => (e: unknown) =>
    (this.loaded = {
      status: 'failed',
      custom,
      errors: fileError(
        'data',
        `could not be loaded: ${e instanceof Error ? e.message : String(e)}`,
      ),
    });

  #beginLoading(name: string, previous: Loaded | null) {
    this.#loading = { name, previous };
    this.#progress = null;
    this.slow = false;
    clearTimeout(this.#slowTimer);
    this.#slowTimer = setTimeout(() => (this.slow = true), 500);
  }

  #endLoading() {
    this.#loading = null;
    this.#progress = null;
    this.slow = false;
    clearTimeout(this.#slowTimer);
  }

  /** Imports in a worker, reporting progress; `signal` (Cancel) stops it. */
  #importerFor =
    (
      importInWorker: typeof import('./data/importInWorker.ts').importInWorker,
      signal: AbortSignal,
    ) =>
    (request: ImportRequest) =>
      importInWorker(request, (p) => (this.#progress = p), signal);

  /** Loads the reader's file; a later attempt (Retry) or Cancel makes this one's outcome moot. */
  #loadReaderData(fetchFn: typeof fetchEarly) {
    const mine = ++this.#attempt;
    this.downloading = true;
    this.#beginLoading(dataName(mode.dataUrl!), null);
    const { signal } = this.#download;
    const current = (then: () => void) => () => {
      if (mine !== this.#attempt) return;
      this.downloading = false;
      dataProgress.stop();
      this.#endLoading();
      then();
    };
    importers()
      .then(([{ loadCustomDataset }, { importInWorker }]) =>
        loadCustomDataset(mode.dataUrl!, CURATED_BASE, fetchFn, (request) => {
          // Downloaded: from here on the worker reports the progress.
          this.downloading = false;
          dataProgress.stop();
          return this.#importerFor(importInWorker, signal)(request);
        }),
      )
      .then(
        (r) => current(() => this.#show(r, dataName(mode.dataUrl!)))(),
        (e) => current(() => this.#failed(true)(e))(),
      );
  }

  /** Downloads the reader's file again, after a stall. */
  retry(): void {
    this.#download.abort();
    this.#download = new AbortController();
    dataProgress.start();
    this.#loadReaderData(fetchWatched(this.#download.signal));
  }

  /** Stops loading the reader's file: back to the view it was opened over, else a way back to the curated timeline. */
  cancel(): void {
    const during = this.downloading ? 'the download was cancelled' : 'loading was cancelled';
    const { name, previous } = this.#loading ?? {
      name: dataName(mode.dataUrl ?? ''),
      previous: null,
    };
    this.#download.abort();
    this.#attempt++;
    this.downloading = false;
    dataProgress.stop();
    this.#endLoading();
    this.loaded = previous ?? {
      status: 'failed',
      custom: true,
      errors: fileError(name, `was not loaded: ${during}.`),
    };
  }

  #show(r: ImportResult, name: string) {
    this.loaded = r.ok
      ? {
          status: 'ready',
          dataset: r.dataset,
          skipped: r.skipped,
          leftOut: r.leftOut,
          warned: r.warned,
          unit: r.format.endsWith('csv') ? 'row' : 'event',
          custom: name,
          title: r.title,
          description: r.description,
        }
      : { status: 'failed', errors: r.errors, custom: true };
    this.generation++;
  }

  /** Shows a file the reader opened or dropped; one opened while another loads replaces it. */
  async openFile(file: File | undefined): Promise<void> {
    if (!file) return;
    this.#download.abort();
    this.#download = new AbortController();
    const { signal } = this.#download;
    const mine = ++this.#attempt;
    this.#beginLoading(file.name, this.loaded.status === 'ready' ? this.loaded : null);
    this.loaded = { status: 'loading' };
    try {
      const [{ loadDatasetFile }, { importInWorker }] = await importers();
      const importer = this.#importerFor(importInWorker, signal);
      const result = await loadDatasetFile(file, CURATED_BASE, fetchEarly, importer);
      if (mine !== this.#attempt) return;
      this.#endLoading();
      this.#show(result, file.name);
    } catch (e) {
      if (mine !== this.#attempt) return;
      this.#endLoading();
      this.#failed(true)(e);
    }
  }
}
