/** How long a download may send nothing before the reader is offered to cancel or retry it. */
export const STALL_MS = 30_000;

/**
 * The progress of a reader's file as it downloads: the bytes received so far, and whether
 * nothing has arrived for `stallMs` (then the page offers to cancel or retry). A chunk arriving
 * after a stall clears it.
 */
export class DownloadProgress {
  /** Bytes received so far. */
  received = $state(0);
  /** True once nothing has arrived for `stallMs`. */
  stalled = $state(false);
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #stallMs: number;

  constructor(stallMs = STALL_MS) {
    this.#stallMs = stallMs;
  }

  /** A download (re)starts: nothing received yet, and the stall clock runs. */
  start() {
    this.received = 0;
    this.report(0);
  }

  /** `bytes` have arrived in all. */
  report(bytes: number) {
    this.received = bytes;
    this.stalled = false;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => (this.stalled = true), this.#stallMs);
  }

  /** The download ended (loaded, failed or cancelled): no more stall warnings. */
  stop() {
    clearTimeout(this.#timer);
    this.stalled = false;
  }
}
