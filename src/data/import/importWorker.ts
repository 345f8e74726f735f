/*
 * The import worker: parses and checks a reader's file off the page's thread, so the page keeps
 * answering while a large file loads. Started by importInWorker, one worker per import.
 */
import type { ImportRequest } from './importMessages.ts';
import { runImport } from './runImport.ts';

self.addEventListener('message', (e: MessageEvent<ImportRequest>) => {
  runImport(e.data, (message) => self.postMessage(message));
});
// Tells the page the worker has loaded: only then does it hand over the bytes (see importInWorker).
self.postMessage({ type: 'ready' });
