import type { TimelineEvent } from '../timelineEvent.ts';
import type { RowProgress } from './rowProgress.ts';
import type { ImportOptions, ImportResult } from './validateImport.ts';

/**
 * What to import: a download's text or its bytes (already read; bytes are handed to a worker
 * without a copy, and decoded there), or a file the reader chose (read where it is imported).
 */
export interface ImportRequest {
  source: { text: string } | { bytes: Uint8Array[] } | { file: Blob };
  /** The import's options, without a listener (a function cannot be sent to a worker). */
  options: Omit<ImportOptions, 'onProgress'>;
}

/** How far an import has got: bytes read, the text being parsed, rows read and checked, events received. */
export type ImportProgress =
  | { step: 'bytes'; done: number; total?: number }
  | { step: 'parse' }
  | RowProgress
  | { step: 'receive'; done: number; total: number };

/**
 * What an import sends back, in order: progress, then the events in batches, then the rest of the
 * result. Batches keep each message small, so the page that receives them never stops answering
 * for long: a structured clone of 100,000 events in one message takes about a second to unpack.
 */
export type ImportMessage =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'events'; events: TimelineEvent[]; total: number }
  | { type: 'done'; result: ImportResult };

// A few milliseconds of unpacking, for realistic events on a laptop.
const BATCH = 500;

/** Sends a result as messages: its events in batches, then the result without them. */
export function sendResult(result: ImportResult, post: (message: ImportMessage) => void) {
  if (!result.ok) return post({ type: 'done', result });
  const { events } = result.dataset;
  for (let i = 0; i < events.length; i += BATCH)
    post({ type: 'events', events: events.slice(i, i + BATCH), total: events.length });
  post({ type: 'done', result: { ...result, dataset: { ...result.dataset, events: [] } } });
}

/**
 * Puts a result back together from the messages sendResult sent, in order; reports progress on
 * the way. Returns the result with the last message, undefined before.
 */
export function collectResult(
  onProgress?: (progress: ImportProgress) => void,
): (message: ImportMessage) => ImportResult | undefined {
  const events: TimelineEvent[] = [];
  return (message) => {
    if (message.type === 'progress') onProgress?.(message.progress);
    else if (message.type === 'events') {
      for (const event of message.events) events.push(event);
      onProgress?.({ step: 'receive', done: events.length, total: message.total });
    } else
      return message.result.ok
        ? { ...message.result, dataset: { ...message.result.dataset, events } }
        : message.result;
    return undefined;
  };
}
