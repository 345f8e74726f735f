import { parseGoogleSheet } from './googleSheetCsv.ts';

/** The name a reader recognises for the data at a URL: "Google Sheet", else the last part of its path. */
export function dataName(url: string): string {
  if (parseGoogleSheet(url)) return 'Google Sheet';
  return url.split(/[?#]/)[0]!.split('/').filter(Boolean).pop() ?? url;
}
