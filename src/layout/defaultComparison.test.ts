import { describe, expect, it } from 'vitest';
import { formatComparePeriods } from '../data/comparePeriodsText.ts';
import { parsePartialDate } from '../data/partialDate.ts';
import { defaultComparison, periodsAround } from './defaultComparison.ts';

const day = (s: string) => Date.parse(`${s}T00:00:00Z`);
const SUMMIT = day('2018-06-12');

describe('periodsAround', () => {
  it('gives the twelve months before a day and the twelve months from it', () => {
    expect(formatComparePeriods(periodsAround(SUMMIT))).toBe(
      '2017-06-12/2018-06-11,2018-06-12/2019-06-11',
    );
  });

  it('rolls a day past the end of a shorter month back to its last day', () => {
    expect(formatComparePeriods(periodsAround(day('2020-02-29')))).toBe(
      '2019-02-28/2020-02-28,2020-02-29/2021-02-27',
    );
  });
});

describe('defaultComparison', () => {
  const at = (iso: string) => parsePartialDate(iso)!.start;
  const windowOf = (from: string, to: string) => ({ from: at(from), to: at(to) });

  it('compares the twelve months around an event in a window of years, in any year', () => {
    expect(formatComparePeriods(defaultComparison(windowOf('2016', '2020'), SUMMIT))).toBe(
      '2017-06-12/2018-06-11,2018-06-12/2019-06-11',
    );
    expect(
      formatComparePeriods(defaultComparison(windowOf('-0050', '-0040'), at('-0044-03-15'))),
    ).toBe('-0045-03-15/-0044-03-14,-0044-03-15/-0043-03-14');
  });

  it('compares the twelve months around the middle of the window when no event is selected', () => {
    expect(formatComparePeriods(defaultComparison(windowOf('2017', '2019'), null))).toBe(
      '2017-01-01/2017-12-31,2018-01-01/2018-12-31',
    );
  });

  it('compares round numbers of years in a window of centuries or of deep time', () => {
    expect(formatComparePeriods(defaultComparison(windowOf('-0753', '0476'), at('-0139')))).toBe(
      '-0639-01-01/-0140-12-31,-0139-01-01/0361-12-31',
    );
    expect(
      formatComparePeriods(defaultComparison(windowOf('-14000000000', '2026'), at('-7000000000'))),
    ).toBe('-12000000000-01-01/-7000000001-12-31,-7000000000-01-01/-2000000001-12-31');
  });
});
