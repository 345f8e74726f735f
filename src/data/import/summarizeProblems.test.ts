import { describe, expect, it } from 'vitest';
import type { ValidationError } from '../validationError.ts';
import { summarizeProblems } from './summarizeProblems.ts';

const problem = (record: string, extra: Partial<ValidationError> = {}): ValidationError => ({
  file: 'events',
  record,
  field: 'id',
  message: 'duplicate id "same": ids must be unique',
  ...extra,
});

describe('summarizeProblems', () => {
  it('writes one line for a problem many rows share, naming three rows and counting the rest', () => {
    const problems = Array.from({ length: 49_999 }, (_, i) => problem(`row ${i + 2}`));
    expect(summarizeProblems(problems)).toEqual([
      {
        text: 'events: rows 2, 3, 4 and 49,996 more, field "id": duplicate id "same": ids must be unique',
        shown: false,
        records: 49_999,
      },
    ]);
  });

  it('names one record as the validator does, and a few without "more"', () => {
    expect(summarizeProblems([problem('row 7')])[0]?.text).toBe(
      'events: row 7, field "id": duplicate id "same": ids must be unique',
    );
    expect(summarizeProblems([problem('row 2'), problem('row 3')])[0]?.text).toBe(
      'events: rows 2 and 3, field "id": duplicate id "same": ids must be unique',
    );
    expect(summarizeProblems([problem('a'), problem('#2'), problem('c')])[0]?.text).toBe(
      'events: a, #2 and c, field "id": duplicate id "same": ids must be unique',
    );
  });

  it('keeps apart problems that differ in message, field or whether the row is shown', () => {
    const lines = summarizeProblems([
      problem('row 2'),
      problem('row 3', { field: 'start', message: 'is not a real calendar date' }),
      problem('row 4', { shown: true }),
      problem('row 5'),
    ]);
    expect(lines.map((l) => [l.text, l.shown])).toEqual([
      ['events: rows 2 and 5, field "id": duplicate id "same": ids must be unique', false],
      ['events: row 3, field "start": is not a real calendar date', false],
      ['events: row 4, field "id": duplicate id "same": ids must be unique', true],
    ]);
  });

  it('writes a problem with the file as a whole without a field', () => {
    expect(summarizeProblems([problem('file', { field: '', message: 'is empty' })])[0]?.text).toBe(
      'events: file: is empty',
    );
  });
});
