import { parsePartialDate } from '../partialDate.ts';
import type { Source } from '../schema.ts';
import { truncateText } from '../truncateText.ts';
import { isRecord } from '../validationError.ts';
import type { Report } from './reporter.ts';

const MAX_TITLE = 300;
const MAX_PUBLISHER = 120;

/**
 * A source of a reader's own event: only an https URL is required (a bare string is read as
 * one). The title defaults to the URL's host; publisher and date are kept only when given and
 * usable. Returns null, with a warning, for a source that cannot be linked to.
 */
export function ownSource(item: unknown, field: string, warn: Report): Source | null {
  const record = isRecord(item) ? item : { url: item };
  const text = (key: string) =>
    typeof record[key] === 'string' ? (record[key] as string).trim() : '';
  const written = text('url');
  const url = URL.canParse(written) ? new URL(written) : null;
  if (!url || url.protocol !== 'https:') {
    warn(
      `${field}.url`,
      !written
        ? 'is missing, so the source was left out; every source needs an https:// link'
        : url?.protocol === 'http:'
          ? `the link ${written} is not https, so it was left out; use its https:// address if it has one`
          : `"${truncateText(written, 80)}" is not an https:// link, so the source was left out`,
    );
    return null;
  }
  const host = url.hostname.replace(/^www\./, '');
  const source: Source = {
    title: truncateText(text('title') || host, MAX_TITLE),
    url: written,
  };
  const publisher = text('publisher');
  if (publisher) source.publisher = truncateText(publisher, MAX_PUBLISHER);
  const date = text('date') || (typeof record.date === 'number' ? String(record.date) : '');
  if (date && parsePartialDate(date)) source.date = date;
  else if (date) warn(`${field}.date`, `"${date}" is not a date, so it was left out`);
  return source;
}
