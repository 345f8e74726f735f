import { formatPartialDate, parsePartialDate } from './partialDate.ts';
import type { Source } from './schema.ts';

/** Who published a source and when, as far as known: "Reuters, 4 Feb 2016", "Reuters", "" (a reader's source may have neither). */
export function sourceCredit(source: Pick<Source, 'publisher' | 'date'>): string {
  const date = source.date ? parsePartialDate(source.date) : null;
  const when = date ? formatPartialDate(date) : source.date;
  return [source.publisher, when].filter(Boolean).join(', ');
}
