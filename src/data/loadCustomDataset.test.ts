import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadCustomDataset, loadDatasetFile } from './loadCustomDataset.ts';
import { MAX_CHARACTERS } from './import/importLimits.ts';

const SHEET = 'Year,Headline\n2016,Bangladesh Bank heist\n2017,WannaCry\n';

/** The sheet as a spreadsheet saves "Unicode text": UTF-16LE with a byte-order mark. */
function utf16le(text: string): Uint8Array<ArrayBuffer> {
  const all = `\uFEFF${text}`;
  const bytes = new Uint8Array(all.length * 2);
  for (let i = 0; i < all.length; i++) {
    bytes[2 * i] = all.charCodeAt(i) & 0xff;
    bytes[2 * i + 1] = all.charCodeAt(i) >> 8;
  }
  return bytes;
}

/** A server with one file; the curated defaults are missing, so the importer makes its own. */
const serve =
  (body: BodyInit, headers: Record<string, string> = {}) =>
  async (url: string) =>
    url.endsWith('sheet.csv') ? new Response(body, { headers }) : new Response('', { status: 404 });

describe('loadCustomDataset', () => {
  it('decodes a UTF-16 file from a URL as the file picker does', async () => {
    const bytes = utf16le(SHEET);
    const fromUrl = await loadCustomDataset('https://example.org/sheet.csv', 'data/', serve(bytes));
    const fromFile = await loadDatasetFile(new File([bytes], 'sheet.csv'), 'data/', serve(''));
    for (const result of [fromUrl, fromFile])
      expect(result.ok && result.dataset.events.map((e) => e.title)).toEqual([
        'Bangladesh Bank heist',
        'WannaCry',
      ]);
  });

  // A quarter of a gigabyte to inflate and decode: seconds on a busy machine.
  it('refuses a gzip bomb by the size of its decoded text, not as an empty file', async () => {
    const compressed = gzipSync(Buffer.alloc(MAX_CHARACTERS + 1_000_000, 0x20));
    const inflated = new Blob([compressed]).stream().pipeThrough(new DecompressionStream('gzip'));
    const result = await loadCustomDataset(
      'https://example.org/sheet.csv',
      'data/',
      serve(inflated, { 'content-length': String(compressed.length) }),
    );
    expect(!result.ok && result.errors[0]?.message).toContain(
      `is too large to import: its text is more than ${MAX_CHARACTERS.toLocaleString('en-US')} characters (once uncompressed)`,
    );
  }, 60_000);
});

describe('loadCustomDataset with a Google Sheets link', () => {
  const SHEETS = 'https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';
  const EXPORT = `${SHEETS}/export?format=csv&gid=5`;
  const PUB = `${SHEETS}/pub?output=csv&gid=5&single=true`;
  /** Google, answering each address with a response, or failing the request (a refused redirect). */
  const google = (answers: Record<string, Response | 'refused'>) => {
    const asked: string[] = [];
    const fetchFn = async (url: string) => {
      asked.push(url);
      const answer = answers[url];
      if (answer === 'refused') throw new TypeError('Failed to fetch');
      return answer ?? new Response('', { status: 404 });
    };
    return { asked, fetchFn };
  };
  const titles = (r: Awaited<ReturnType<typeof loadCustomDataset>>) =>
    r.ok ? r.dataset.events.map((e) => e.title) : r.errors.map((e) => e.message);

  it('reads the TimelineJS columns of a shared sheet from its CSV export', async () => {
    const { asked, fetchFn } = google({ [EXPORT]: new Response(SHEET) });
    const result = await loadCustomDataset(`${SHEETS}/edit#gid=5`, 'data/', fetchFn);
    expect(titles(result)).toEqual(['Bangladesh Bank heist', 'WannaCry']);
    expect(asked).toContain(EXPORT);
    expect(asked).not.toContain(PUB);
  });

  it('reads a sheet that is only published to the web from its published CSV', async () => {
    const { fetchFn } = google({ [EXPORT]: 'refused', [PUB]: new Response(SHEET) });
    const result = await loadCustomDataset(`${SHEETS}/edit#gid=5`, 'data/', fetchFn);
    expect(titles(result)).toEqual(['Bangladesh Bank heist', 'WannaCry']);
  });

  it('tells how to publish a sheet that answers with a sign-in page', async () => {
    const page = () =>
      new Response('<!DOCTYPE html><html><title>Sign in</title></html>', {
        headers: { 'content-type': 'text/html' },
      });
    const { fetchFn } = google({ [EXPORT]: page(), [PUB]: page() });
    const result = await loadCustomDataset(`${SHEETS}/edit#gid=5`, 'data/', fetchFn);
    expect(!result.ok && result.errors[0]).toMatchObject({
      file: 'Google Sheet',
      message: expect.stringContaining('File > Share > Publish to web'),
    });
  });
});
