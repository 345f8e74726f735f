import type { ImportProgress } from '../data/import/importMessages.ts';

const count = (n: number) => n.toLocaleString('en-US');
const megabytes = (bytes: number) =>
  bytes < 100_000 ? `${Math.ceil(bytes / 1000)} KB` : `${(bytes / 1e6).toFixed(1)} MB`;

/** What the loading screen says of a reader's file, from its progress (none yet: only that it loads). */
export function loadingText(progress: ImportProgress | null): string {
  const head = 'Loading the timeline…';
  if (!progress) return head;
  switch (progress.step) {
    case 'bytes':
      if (!progress.done) return head;
      return progress.total
        ? `${head} ${megabytes(progress.done)} of ${megabytes(progress.total)} read`
        : `${head} ${megabytes(progress.done)} received`;
    case 'parse':
      return `${head} reading the file`;
    case 'read':
      return `${head} ${count(progress.done)} of ${count(progress.total)} rows read`;
    case 'check':
      return `${head} ${count(progress.done)} of ${count(progress.total)} rows checked`;
    case 'receive':
      return `${head} ${count(progress.done)} of ${count(progress.total)} events ready`;
  }
}

// The share of the whole load that each step ends at: reading rows and checking them take longest.
const ENDS = { bytes: 0.3, parse: 0.4, read: 0.65, check: 0.9, receive: 1 } as const;
const STARTS = { bytes: 0, parse: 0.3, read: 0.4, check: 0.65, receive: 0.9 } as const;

/** How much of the load is done, from 0 to 1; undefined while that cannot be told (a download of unknown size). */
export function loadingFraction(progress: ImportProgress | null): number | undefined {
  if (!progress) return undefined;
  const { step } = progress;
  if (step === 'parse') return STARTS.parse;
  if (!progress.total) return undefined;
  const share = Math.min(1, progress.done / progress.total);
  return STARTS[step] + share * (ENDS[step] - STARTS[step]);
}
