import {
  collectResult,
  type ImportMessage,
  type ImportProgress,
  type ImportRequest,
} from './import/importMessages.ts';
import { runImport } from './import/runImport.ts';
import type { ImportResult } from './import/validateImport.ts';

/**
 * Imports a reader's file in a Web Worker, so that parsing and checking a large file never stops
 * the page from answering; progress arrives through `onProgress`, and `signal` stops the worker.
 * Where no worker can start (a page opened from file://, such as the single-file build, may not
 * load one), the same import runs on this thread, with the same result.
 */
export function importInWorker(
  request: ImportRequest,
  onProgress?: (progress: ImportProgress) => void,
  signal?: AbortSignal,
): Promise<ImportResult> {
  const collect = collectResult(onProgress);
  return new Promise((resolve, reject) => {
    const receive = (message: ImportMessage) => {
      const result = collect(message);
      if (result) resolve(result);
      return result;
    };
    const here = () => runImport(request, receive).catch(reject);
    let worker: Worker;
    try {
      worker = new Worker(new URL('./import/importWorker.ts', import.meta.url), {
        type: 'module',
        name: 'import',
      });
    } catch {
      return here();
    }
    let heard = false;
    worker.addEventListener('message', (e: MessageEvent<ImportMessage | { type: 'ready' }>) => {
      heard = true;
      // A download's bytes move to the worker without a copy, so they are sent only once it has
      // loaded: before that, an error means importing here, with the bytes still here.
      if (e.data.type === 'ready') worker.postMessage(request, transferables(request));
      else if (receive(e.data)) worker.terminate();
    });
    // Before any message, an error means the worker's script could not load: import here instead.
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      worker.terminate();
      if (heard) reject(new Error(e.message || 'the import stopped unexpectedly'));
      else here();
    });
    signal?.addEventListener('abort', () => {
      worker.terminate();
      reject(signal.reason);
    });
  });
}

/** The buffers of a request's bytes, each once (chunks may share one). */
function transferables({ source }: ImportRequest): ArrayBuffer[] {
  if (!('bytes' in source)) return [];
  return [...new Set(source.bytes.map((chunk) => chunk.buffer as ArrayBuffer))];
}
