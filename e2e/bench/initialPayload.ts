import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The JavaScript files dist/index.html loads, with their gzipped sizes, as a reader's browser first downloads them. */
export function initialPayload(dist: string): {
  files: { file: string; gzipBytes: number }[];
  gzipBytes: number;
} {
  const html = readFileSync(resolve(dist, 'index.html'), 'utf8');
  const referenced = [...html.matchAll(/(?:src|href)="(?:\.\/|\/)?(assets\/[^"]+\.js)"/g)].map(
    (m) => m[1]!,
  );
  const files = [...new Set(referenced)].map((file) => ({
    file,
    gzipBytes: gzipSync(readFileSync(resolve(dist, file))).length,
  }));
  return { files, gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
}
