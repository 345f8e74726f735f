/** A body read as text, or how far it got before it passed the limit. */
export type TextRead = { ok: true; text: string } | { ok: false; chars: number };

/** A body read as its bytes (not decoded), or how far it got before its text passed the limit. */
export type BytesRead = { ok: true; chunks: Uint8Array[] } | { ok: false; chars: number };

export interface ReadTextOptions {
  /** The most characters of decoded text to accept; reading stops as soon as there are more. */
  maxChars: number;
  /** Called with the bytes received so far, after each chunk. */
  onBytes?: (received: number) => void;
}

// Enough bytes to tell UTF-16 from UTF-8 when a file has no byte-order mark.
const SNIFF = 512;

/**
 * Reads a stream of bytes as text, counting the decoded characters as they arrive: a 600 KB gzip
 * body that inflates to 600 MB stops at the limit instead of filling the memory, whatever its
 * Content-Length says. The encoding is told from the bytes as browsers do for a document: a
 * byte-order mark (UTF-8, UTF-16LE, UTF-16BE), else UTF-16 by its zero bytes, else UTF-8. So a
 * file saved as "Unicode" by a spreadsheet reads the same from a URL as from the file picker.
 */
export async function readText(
  body: ReadableStream<Uint8Array>,
  { maxChars, onBytes }: ReadTextOptions,
): Promise<TextRead> {
  const reader = body.getReader();
  const parts: string[] = [];
  let decoder: TextDecoder | null = null;
  let head: Uint8Array = new Uint8Array(0);
  let bytes = 0;
  let chars = 0;
  const add = (text: string) => {
    chars += text.length;
    parts.push(text);
    return chars <= maxChars;
  };
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    onBytes?.(bytes);
    let chunk = value;
    if (!decoder) {
      head = concat(head, value);
      if (head.length < SNIFF) continue;
      decoder = new TextDecoder(encodingOf(head));
      chunk = head;
    }
    if (!add(decoder.decode(chunk, { stream: true }))) {
      await reader.cancel().catch(() => {});
      return { ok: false, chars };
    }
  }
  // A file shorter than the sniffing window is decoded only now.
  if (!decoder) {
    decoder = new TextDecoder(encodingOf(head));
    add(decoder.decode(head, { stream: true }));
  }
  add(decoder.decode());
  return chars <= maxChars ? { ok: true, text: parts.join('') } : { ok: false, chars };
}

/**
 * Reads a stream of bytes without decoding them, refused as readText would refuse its text. A
 * character takes at least one byte, so the text is decoded (to count its characters) only once
 * the bytes pass the limit: a download of any size the limit allows costs no decoding here, and
 * its bytes can be handed to a worker that decodes them there (see readBodyEarly).
 */
export async function readBytes(
  body: ReadableStream<Uint8Array>,
  { maxChars, onBytes }: ReadTextOptions,
): Promise<BytesRead> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  // Set once the bytes pass the limit: from then on every chunk is decoded to count its characters.
  let counter: ((chunk?: Uint8Array) => number) | null = null;
  let chars = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    onBytes?.(bytes);
    chunks.push(value);
    if (bytes <= maxChars) continue;
    if (!counter) {
      counter = charCounter(headOf(chunks));
      for (const chunk of chunks) chars += counter(chunk);
    } else chars += counter(value);
    if (chars > maxChars) {
      await reader.cancel().catch(() => {});
      return { ok: false, chars };
    }
  }
  if (counter) chars += counter();
  return chars <= maxChars ? { ok: true, chunks } : { ok: false, chars };
}

/** Decodes the bytes readBytes read, in the encoding their first bytes tell. */
export function decodeBytes(chunks: readonly Uint8Array[]): string {
  const decoder = new TextDecoder(encodingOf(headOf(chunks)));
  const parts = chunks.map((chunk) => decoder.decode(chunk, { stream: true }));
  parts.push(decoder.decode());
  return parts.join('');
}

/** Counts the characters of text arriving in chunks; called without a chunk, it ends the text. */
function charCounter(head: Uint8Array): (chunk?: Uint8Array) => number {
  const decoder = new TextDecoder(encodingOf(head));
  return (chunk) => (chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode()).length;
}

/** The encoding of a text file from its first bytes. */
export function encodingOf(head: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  // Without a mark: text in Latin letters as UTF-16 has a zero in every other byte.
  let evenZeros = 0;
  let oddZeros = 0;
  const pairs = Math.floor(Math.min(head.length, SNIFF) / 2);
  for (let i = 0; i < pairs; i++) {
    if (head[2 * i] === 0) evenZeros++;
    if (head[2 * i + 1] === 0) oddZeros++;
  }
  if (pairs >= 2 && oddZeros > pairs * 0.4 && evenZeros < pairs * 0.1) return 'utf-16le';
  if (pairs >= 2 && evenZeros > pairs * 0.4 && oddZeros < pairs * 0.1) return 'utf-16be';
  return 'utf-8';
}

/** The first bytes of a text read in chunks, enough to tell its encoding. */
function headOf(chunks: readonly Uint8Array[]): Uint8Array {
  const head = new Uint8Array(
    Math.min(
      SNIFF,
      chunks.reduce((n, c) => n + c.byteLength, 0),
    ),
  );
  let at = 0;
  for (const chunk of chunks) {
    if (at >= head.length) break;
    const part = chunk.subarray(0, head.length - at);
    head.set(part, at);
    at += part.byteLength;
  }
  return head;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (!a.length) return b;
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}
