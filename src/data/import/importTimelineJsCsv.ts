import { csvRecords, type CsvRow } from './csvRecords.ts';
import type { DatePart, DateParts } from './partialDateFromParts.ts';
import type { Slide, SlideColumns } from './slideToEvent.ts';
import { slidesToDataset, type EraSlide } from './slidesToDataset.ts';
import type { ImportOptions, ImportResult } from './validateImport.ts';

/** The columns of the TimelineJS Google Sheets template that carry something we show. */
const COLUMNS: SlideColumns = {
  start: { year: 'Year', month: 'Month', day: 'Day' },
  end: { year: 'End Year', month: 'End Month', day: 'End Day' },
  headline: 'Headline',
  text: 'Text',
  media: 'Media',
  group: 'Group',
  // The sheet has no id column; ids come from the headline.
  uniqueId: 'Headline',
};

/**
 * Reads a TimelineJS spreadsheet saved as CSV. Columns are matched ignoring case and spaces; the
 * row whose Type is "title" is the title slide and rows of Type "era" are eras. Problems are
 * reported by spreadsheet row ("row 7", the header being row 1) and column ("Year").
 */
export function importTimelineJsCsv(
  text: string,
  { onProgress }: ImportOptions = {},
): ImportResult {
  const slides: Slide[] = [];
  const eras: EraSlide[] = [];
  let title = '';
  let description = '';
  for (const row of csvRecords(text)) {
    const slide: Slide = {
      record: `row ${row.row}`,
      start: dateParts(row, COLUMNS.start),
      end: dateParts(row, COLUMNS.end),
      headline: row.cell(COLUMNS.headline),
      displayDate: row.cell('Display Date'),
      text: row.cell(COLUMNS.text),
      group: row.cell(COLUMNS.group),
      uniqueId: '',
      media: {
        url: row.cell(COLUMNS.media),
        credit: row.cell('Media Credit'),
        caption: row.cell('Media Caption'),
      },
      ...(row.problem && { problem: row.problem }),
    };
    const type = row.cell('Type').toLowerCase();
    if (type === 'title' && !title) [title, description] = [slide.headline, slide.text];
    else if (type === 'era') eras.push(slide);
    else slides.push(slide);
  }
  return slidesToDataset({
    format: 'timelinejs-csv',
    slides,
    eras,
    title,
    description,
    columns: COLUMNS,
    onProgress,
  });
}

function dateParts(row: CsvRow, columns: Record<DatePart, string>): DateParts {
  return {
    year: row.cell(columns.year),
    month: row.cell(columns.month),
    day: row.cell(columns.day),
  };
}
