import { decodeBytes, readText } from '../readText.ts';
import { importDataset } from './importDataset.ts';
import { MAX_CHARACTERS, TOO_MUCH_TEXT } from './importLimits.ts';
import { sendResult, type ImportMessage, type ImportRequest } from './importMessages.ts';

// Progress on bytes at most every megabyte: a file is read in chunks of 64 KB.
const BYTES_STEP = 1_000_000;

/**
 * Imports a reader's file and sends the outcome as messages (see importMessages): the same code
 * runs in the import worker and, where a worker cannot start (a page opened from file://), on the
 * page itself, so both give the same result. Reads a chosen file first, reporting its bytes.
 */
export async function runImport(
  request: ImportRequest,
  post: (message: ImportMessage) => void,
): Promise<void> {
  try {
    await importRequest(request, post);
  } catch (e) {
    // Nothing should throw; if something does, it still ends the import with a message.
    const message = `could not be imported: ${e instanceof Error ? e.message : String(e)}`;
    const file = request.options.fileName ?? 'import';
    post({
      type: 'done',
      result: { ok: false, errors: [{ file, record: 'file', field: '', message }] },
    });
  }
}

async function importRequest(
  { source, options }: ImportRequest,
  post: (message: ImportMessage) => void,
): Promise<void> {
  let text: string;
  if ('text' in source) text = source.text;
  // Bytes come from readBytes, which has already refused a text over the limit.
  else if ('bytes' in source) text = decodeBytes(source.bytes);
  else {
    const total = source.file.size;
    let reported = -BYTES_STEP;
    const onBytes = (done: number) => {
      if (done - reported < BYTES_STEP && done < total) return;
      reported = done;
      post({ type: 'progress', progress: { step: 'bytes', done, total } });
    };
    // Decoded as a download is, so a UTF-16 file reads the same both ways.
    const read = await readText(source.file.stream(), { maxChars: MAX_CHARACTERS, onBytes });
    if (!read.ok) {
      const file = options.fileName ?? 'import';
      const error = { file, record: 'file', field: '', message: TOO_MUCH_TEXT };
      return post({ type: 'done', result: { ok: false, errors: [error] } });
    }
    text = read.text;
  }
  post({ type: 'progress', progress: { step: 'parse' } });
  const result = importDataset(text, {
    ...options,
    onProgress: (progress) => post({ type: 'progress', progress }),
  });
  sendResult(result, post);
}
