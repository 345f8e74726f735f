import { readText } from './readText.ts';

type Fetched = Pick<Response, 'ok' | 'status' | 'text' | 'headers'> & {
  body?: ReadableStream<Uint8Array> | null;
};

/** Why a body's text was refused: it passed the limit on decoded characters. */
export class TextTooLarge extends Error {
  constructor(readonly maxChars: number) {
    super(`more than ${maxChars} characters`);
  }
}

/**
 * Starts reading a response's body at once and hands out that same text later. A body that
 * nobody reads yet arrives only as fast as the browser's buffer allows, so a large file would
 * wait for the code that reads it to load. The body is decoded as it streams in (see readText):
 * past `maxChars` decoded characters reading stops and text() rejects with TextTooLarge, whatever
 * the Content-Length said (a gzip body's is its compressed size). `onBytes` hears of each chunk.
 */
export function readBodyEarly(
  response: Fetched,
  maxChars: number,
  onBytes?: (received: number) => void,
): Fetched {
  if (!response.ok || !response.body) return response;
  const read = readText(response.body, { maxChars, onBytes });
  // Failures reach whoever calls text(); until then they must not count as unhandled.
  read.catch(() => {});
  return {
    ok: response.ok,
    status: response.status,
    headers: response.headers,
    text: () => read.then((r) => (r.ok ? r.text : Promise.reject(new TextTooLarge(maxChars)))),
  };
}
