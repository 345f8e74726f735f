import { loadDataset } from './data/loadDataset.ts';
import { dataName } from './data/dataName.ts';
import type { ImportResult } from './data/import/validateImport.ts';
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

// The importers and the validator load only when a reader brings their own data.
const importers = () => import('./data/loadCustomDataset.ts');

/** A whole-file failure, worded as the error report words a record's. */
const fileError = (file: string, message: string): ValidationError[] => [
  { file, record: 'file', field: '', message },
];

const megabytes = (bytes: number) =>
  bytes < 100_000 ? `${Math.ceil(bytes / 1000)} KB` : `${(bytes / 1e6).toFixed(1)} MB`;

/**
 * The page's data as it loads: the curated dataset, or the reader's file from `?data=` (with Retry
 * and Cancel while it downloads) or from a file they open or drop. The files were already
 * requested by startLoading; the importers' code loads meanwhile.
 */
export class DatasetLoader {
  loaded = $state.raw<Loaded>({ status: 'loading' });
  /** Bumped for each dataset shown, so the explorer is built afresh for it. */
  generation = $state(0);
  /** Whether the reader's file is downloading now. */
  downloading = $state(false);
  // The reader's file downloading now, if any: what Cancel and Retry stop.
  #download = firstDownload;
  #attempt = 0;

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

  loadingText = $derived.by(
    () =>
      `Loading the timeline…${this.downloading && dataProgress.received ? ` ${megabytes(dataProgress.received)} received` : ''}`,
  );
  /** The title the reader's file gives itself, if any. */
  title = $derived.by(() =>
    this.loaded.status === 'ready' && this.loaded.title ? this.loaded.title : null,
  );

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

  /** Loads the reader's file; a later attempt (Retry) or Cancel makes this one's outcome moot. */
  #loadReaderData(fetchFn: typeof fetchEarly) {
    const mine = ++this.#attempt;
    this.downloading = true;
    const current = (then: () => void) => () => {
      if (mine !== this.#attempt) return;
      this.downloading = false;
      dataProgress.stop();
      then();
    };
    importers()
      .then(({ loadCustomDataset }) => loadCustomDataset(mode.dataUrl!, CURATED_BASE, fetchFn))
      .then(
        (r) => current(() => this.#show(r, dataName(mode.dataUrl!)))(),
        (e) => current(() => this.#failed(true)(e))(),
      );
  }

  retry(): void {
    this.#download.abort();
    this.#download = new AbortController();
    dataProgress.start();
    this.#loadReaderData(fetchWatched(this.#download.signal));
  }

  cancel(): void {
    this.#download.abort();
    this.#attempt++;
    this.downloading = false;
    dataProgress.stop();
    this.loaded = {
      status: 'failed',
      custom: true,
      errors: fileError(dataName(mode.dataUrl!), 'was not loaded: the download was cancelled.'),
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

  /** Shows a file the reader opened or dropped. */
  async openFile(file: File | undefined): Promise<void> {
    if (!file) return;
    this.loaded = { status: 'loading' };
    try {
      const { loadDatasetFile } = await importers();
      this.#show(await loadDatasetFile(file, CURATED_BASE, fetchEarly), file.name);
    } catch (e) {
      this.#failed(true)(e);
    }
  }
}
