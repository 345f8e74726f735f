/** A Google Sheets link, read: the sheet's id, whether it is a "publish to the web" id, and its tab. */
export interface GoogleSheet {
  /** The spreadsheet's id, or for a published link the id after /d/e/ (2PACX-…). */
  id: string;
  /** True for a "publish to the web" link (/spreadsheets/d/e/…), which has no export address. */
  published: boolean;
  /** The tab (gid), when the link names one; else the first tab. */
  gid: string | null;
}

// /spreadsheets/d/ID/… and /spreadsheets/u/0/d/ID/… (a signed-in account's link), or /d/e/ID/….
const PATH = /^\/spreadsheets(?:\/u\/\d+)?\/d\/(e\/)?([-\w]+)/;

/** Reads a Google Sheets link (edit, share, or "publish to the web"); null for any other link. */
export function parseGoogleSheet(link: string): GoogleSheet | null {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  if (url.hostname !== 'docs.google.com') return null;
  const match = PATH.exec(url.pathname);
  if (!match) return null;
  // An edit link names its tab after the #, a published or export link in the query.
  const gid = /(?:^|[#&?])gid=(\d+)/.exec(url.hash)?.[1] ?? url.searchParams.get('gid');
  return {
    id: match[2]!,
    published: Boolean(match[1]),
    gid: gid && /^\d+$/.test(gid) ? gid : null,
  };
}

/**
 * Where a sheet's data can be read as CSV, in the order to try. A published link (/d/e/…) has
 * only its pub address. For an edit or share link, the export address works when the sheet is
 * shared with anyone who has the link; the pub address (the one TimelineJS reads, with `single`
 * and the tab's gid) works when it is published to the web.
 */
export function googleSheetCsvUrls({ id, published, gid }: GoogleSheet): string[] {
  const base = `https://docs.google.com/spreadsheets/d/${published ? 'e/' : ''}${id}`;
  const pub = `${base}/pub?output=csv${gid ? `&gid=${gid}&single=true` : ''}`;
  if (published) return [pub];
  return [`${base}/export?format=csv${gid ? `&gid=${gid}` : ''}`, pub];
}

/** What a reader is told when no address gives the sheet's CSV. */
export const UNPUBLISHED_SHEET =
  'could not be read: Google Sheets did not hand out its data, which it does only for a published sheet. In Google Sheets choose File > Share > Publish to web, pick the sheet (or "Entire document") and "Comma-separated values (.csv)", click Publish, then open the link again (the link it gives works too).';
