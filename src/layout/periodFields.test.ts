import { describe, expect, it } from 'vitest';
import { editPeriod, fieldSize, periodFieldValues, type PeriodEdit } from './periodFields.ts';
import { parsePartialDate } from '../data/partialDate.ts';

/** The window from the start of one date to the end of another, as the URL writes it. */
const win = (from: string, to: string) => ({
  from: parsePartialDate(from)!.start,
  to: parsePartialDate(to)!.end,
});

/** The window an edit made; fails the test with its message if it made none. */
function made(edit: PeriodEdit) {
  if (!edit.ok) throw new Error(edit.message);
  return edit.range;
}

describe('periodFieldValues', () => {
  it.each([
    ['a year of days', win('2017-06-12', '2018-06-11'), ['2017-06-12', '2018-06-11']],
    ['days BC', win('-0044-03-15', '-0043-03-14'), ['-0044-03-15', '-0043-03-14']],
    ['centuries BC', win('-0509', '-0028'), ['509 BC', '28 BC']],
    ['years before 1000', win('0602', '0720'), ['602', '720']],
    ['years beyond 9999', win('+12000', '+12500'), ['12,000', '12,500']],
    [
      'the universe',
      win('-13800000000', '-9200000000'),
      ['13.8 billion years ago', '9.2 billion years ago'],
    ],
  ])('shows %s as text that reads back', (_, range, expected) => {
    const values = periodFieldValues(range);
    expect([values.from, values.to]).toEqual(expected);
    expect(made(editPeriod(made(editPeriod(range, 'from', values.from)), 'to', values.to))).toEqual(
      range,
    );
  });
});

describe('editPeriod', () => {
  const rome = win('-0753', '-0510');

  it('starts the window where the date typed into "from" starts', () => {
    expect(editPeriod(rome, 'from', '800 BC')).toEqual({
      ok: true,
      range: { from: parsePartialDate('-0800')!.start, to: rome.to },
    });
  });

  it('ends the window where the date typed into "to" ends, so a year is taken in whole', () => {
    expect(editPeriod(rome, 'to', '-0510-06-30')).toEqual({
      ok: true,
      range: { from: rome.from, to: parsePartialDate('-0510-07-01')!.start },
    });
    expect(editPeriod(rome, 'to', '13.8 billion years ago').ok).toBe(false);
  });

  it('refuses a window that would end before it starts, and says which end to change', () => {
    const r = editPeriod(rome, 'from', '500 BC');
    expect(r).toEqual({
      ok: false,
      message: `This is after the window's end (510 BC): write an earlier date, or change "to" first.`,
    });
    expect(editPeriod(rome, 'to', '800 BC')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^This is before the window's start \(753 BC\)/),
    });
  });

  it('passes on what to write instead of a date it cannot read', () => {
    expect(editPeriod(rome, 'from', 'the Iron Age')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^"the Iron Age" is not a date/),
    });
  });
});

describe('fieldSize', () => {
  it.each([
    ['2016', 11],
    ['2016-01-01', 11],
    ['-14000000000-01-01', 19],
  ])('makes the field for "%s" %i characters wide', (value, size) => {
    expect(fieldSize(value)).toBe(size);
  });
});
