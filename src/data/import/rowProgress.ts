/** How far an import has got through the rows of a file: reading them into events, then checking those. */
export interface RowProgress {
  step: 'read' | 'check';
  done: number;
  total: number;
}

export type OnRowProgress = (progress: RowProgress) => void;

// Often enough for a smooth bar, rarely enough that reporting costs nothing next to the rows.
const EVERY = 2_000;

/**
 * A counter for a loop over `total` rows: call it with each row's index, and it reports every
 * few thousand rows and once the last is done. Without a listener it does nothing.
 */
export function rowTicker(
  step: RowProgress['step'],
  total: number,
  onProgress: OnRowProgress | undefined,
): (index: number) => void {
  if (!onProgress) return () => {};
  return (index) => {
    const done = index + 1;
    if (done % EVERY === 0 || done === total) onProgress({ step, done, total });
  };
}
