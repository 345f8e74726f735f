import { decodeBytes, readBytes, readText } from './readText.ts';

type Fetched = Pick<Response, 'ok' | 'status' | 'text' | 'headers'> & {
  body?: ReadableStream<Uint8Array> | null;
  /** The body's bytes, not decoded (only on a response readBodyEarly read). */
  chunks?: () => Promise<Uint8Array[]>;
};

/** Why a body's text was refused: it passed the limit on decoded characters. */
export class TextTooLarge extends Error {
  constructor(readonly maxChars: number) {
    super(`more than ${maxChars} characters`);
  }
}

/**
 * Starts reading a response's body at once and hands out that same body later. A body that nobody
 * reads yet arrives only as fast as the browser's buffer allows, so a large file would wait for
 * the code that reads it to load. The body is decoded as it streams in (see readText), or, with
 * `keepBytes`, kept as bytes for a worker to decode (decoding a 70 MB file here, as it arrives or
 * at the end, holds up the page; see readBytes). Past `maxChars` decoded characters reading stops
 * and text() (or chunks()) rejects with TextTooLarge, whatever the Content-Length said (a gzip
 * body's is its compressed size). `onBytes` hears of each chunk.
 */
export function readBodyEarly(
  response: Fetched,
  maxChars: number,
  onBytes?: (received: number) => void,
  keepBytes = false,
): Fetched {
  if (!response.ok || !response.body) return response;
  const { ok, status, headers } = response;
  const tooLarge = () => Promise.reject(new TextTooLarge(maxChars));
  if (!keepBytes) {
    const read = readText(response.body, { maxChars, onBytes });
    // Failures reach whoever calls text(); until then they must not count as unhandled.
    read.catch(() => {});
    return { ok, status, headers, text: () => read.then((r) => (r.ok ? r.text : tooLarge())) };
  }
  const read = readBytes(response.body, { maxChars, onBytes });
  read.catch(() => {});
  const chunks = () => read.then((r) => (r.ok ? r.chunks : tooLarge()));
  return { ok, status, headers, text: () => chunks().then(decodeBytes), chunks };
}
