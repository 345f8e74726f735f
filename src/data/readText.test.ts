import { gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { decodeBytes, encodingOf, readBytes, readText } from './readText.ts';

/** A stream of the given chunks, noting whether the reader cancelled it. */
function streamOf(chunks: Uint8Array[]) {
  const state = { cancelled: false, pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks[state.pulled++];
      if (next) controller.enqueue(next);
      else controller.close();
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

const utf16 = (text: string, order: 'le' | 'be', bom = true) => {
  const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const all = (bom ? '\uFEFF' : '') + text;
  for (let i = 0; i < all.length; i++) {
    const code = all.charCodeAt(i);
    bytes[2 * i + (order === 'le' ? 0 : 1)] = code & 0xff;
    bytes[2 * i + (order === 'le' ? 1 : 0)] = code >> 8;
  }
  return bytes;
};

const CSV = 'Year,Headline\n2016,Bangladesh Bank heist – Dhaka\n';

describe('readText', () => {
  it.each([
    ['UTF-8', new TextEncoder().encode(CSV)],
    [
      'UTF-8 with a byte-order mark',
      new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(CSV)]),
    ],
    ['UTF-16LE with a byte-order mark', utf16(CSV, 'le')],
    ['UTF-16BE with a byte-order mark', utf16(CSV, 'be')],
    ['UTF-16LE without a mark', utf16(CSV, 'le', false)],
  ])('decodes %s, split into small chunks', async (_, bytes) => {
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) =>
      bytes.slice(i * 7, i * 7 + 7),
    );
    expect(await readText(streamOf(chunks).stream, { maxChars: 1000 })).toEqual({
      ok: true,
      text: CSV,
    });
  });

  it('stops reading a gzip bomb once its decoded text passes the limit, and cancels the download', async () => {
    const compressed = gzipSync(Buffer.alloc(20_000_000, 0x20));
    expect(compressed.length).toBeLessThan(50_000);
    const inflated = new Blob([compressed]).stream().pipeThrough(new DecompressionStream('gzip'));
    const result = await readText(inflated, { maxChars: 1_000_000 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.chars).toBeLessThan(2_000_000);
  });

  it('reports the bytes received as they arrive, and cancels a body over the limit', async () => {
    const { stream, state } = streamOf([
      new Uint8Array(600).fill(65),
      new Uint8Array(600).fill(66),
      new Uint8Array(600),
    ]);
    const onBytes = vi.fn();
    expect(await readText(stream, { maxChars: 1000, onBytes })).toEqual({ ok: false, chars: 1200 });
    expect(onBytes.mock.calls).toEqual([[600], [1200]]);
    expect(state.cancelled).toBe(true);
  });

  it('reads an empty body as empty text', async () => {
    expect(await readText(streamOf([]).stream, { maxChars: 10 })).toEqual({ ok: true, text: '' });
  });
});

describe('readBytes', () => {
  it.each([
    ['UTF-8', new TextEncoder().encode(CSV)],
    ['UTF-16LE with a byte-order mark', utf16(CSV, 'le')],
    ['UTF-16LE without a mark', utf16(CSV, 'le', false)],
  ])('keeps %s as bytes that decodeBytes reads as readText does', async (_, bytes) => {
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) =>
      bytes.slice(i * 7, i * 7 + 7),
    );
    const read = await readBytes(streamOf(chunks).stream, { maxChars: 1000 });
    expect(read.ok && decodeBytes(read.chunks)).toBe(CSV);
  });

  it('accepts more bytes than the limit when their text is within it, and cancels a body whose text is not', async () => {
    const accented = new TextEncoder().encode('é'.repeat(800));
    expect((await readBytes(streamOf([accented]).stream, { maxChars: 1000 })).ok).toBe(true);
    const { stream, state } = streamOf([accented, accented, accented]);
    expect(await readBytes(stream, { maxChars: 1000 })).toEqual({ ok: false, chars: 1600 });
    expect(state.cancelled).toBe(true);
  });

  it('stops reading a gzip bomb once its decoded text passes the limit', async () => {
    const compressed = gzipSync(Buffer.alloc(20_000_000, 0x20));
    const inflated = new Blob([compressed]).stream().pipeThrough(new DecompressionStream('gzip'));
    const result = await readBytes(inflated, { maxChars: 1_000_000 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.chars).toBeLessThan(2_000_000);
  });
});

describe('encodingOf', () => {
  it('takes a PNG for UTF-8 (its bytes are then found not to be text)', () => {
    expect(
      encodingOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
    ).toBe('utf-8');
  });
});
