import type { TimeRange } from './timeRange.ts';
import { estimateTextWidth } from './textWidth.ts';
import { civilDayOf } from '../data/civilDays.ts';
import { YEAR } from '../data/day.ts';
import { formatYearAt } from '../data/formatYear.ts';
import { CALENDAR_LEVELS, calendarTicks } from './calendarTicks.ts';
import { compactYearTicks, YEAR_STEPS, yearTicks, type Tick } from './yearTicks.ts';

/** Ticks of the main row, and of the context row above it (the year above months, say). */
export interface AxisTicks {
  /** "day", "week", "month", "quarter", "year", "two-years", "half-decade", "decade", else "N years". */
  level: string;
  ticks: Tick[];
  context: Tick[];
}

const YEAR_NAMES: Record<number, string> = {
  1: 'year',
  2: 'two-years',
  5: 'half-decade',
  10: 'decade',
};

// Date (and so d3-time) counts only ±100,000,000 days from 1970; beyond, years are counted by civilDays.
const DATE_LIMIT = 8.64e15;

/** A way of ticking the window: its name, the length of one step, and how to make its ticks. */
interface Candidate {
  level: string;
  step: number;
  narrowOnly?: boolean;
  /** The step in years, for steps of whole years. */
  years?: number;
  make: () => Pick<AxisTicks, 'ticks' | 'context'> | null;
}

/** Labels fewer than this read as a point, not a scale: a narrower step is tried when they fit. */
const MIN_LABELS = 3;
/** The least room between one label's end and the next tick, px, when steps are made narrower. */
const LABEL_PAD = 8;

/**
 * Chooses the finest calendar level whose ticks are at least `minSpacing` pixels apart (and far
 * enough apart for their labels, which grow long in deep time: "4.6 billion years ago"), and
 * returns its ticks plus a context row (months and years above days and weeks, years above
 * months and quarters), so a tick labelled "Mar" always says which year it is in. Where that
 * leaves fewer than three labels in the window (a phone, long labels), a narrower step whose
 * labels still fit is taken, and in deep time the unit moves to the context row ("billion years
 * ago" above "12", "10", "8").
 */
export function axisTicks(range: TimeRange, width: number, minSpacing = 64): AxisTicks {
  const perPixel = (range.to - range.from) / Math.max(width, 1);
  const x = (t: number) => (t - range.from) / perPixel;
  const inDate = range.from > -DATE_LIMIT && range.to < DATE_LIMIT;
  const calendar: Candidate[] = inDate
    ? CALENDAR_LEVELS.map((l) => ({
        level: l.name,
        step: l.step,
        narrowOnly: l.narrowOnly,
        make: () => calendarTicks(range, l),
      }))
    : [];
  const years = YEAR_STEPS.map((s): Candidate => ({
    level: YEAR_NAMES[s] ?? `${s} years`,
    step: s * YEAR,
    years: s,
    make: () => ({ ticks: yearTicks(range, s), context: [] }),
  }));
  const all: Candidate[] = [...calendar, ...years];
  // A label starts 4 px after its tick and needs a little room before the next one.
  const room = (label: string) => 4 + estimateTextWidth(label, 12) + LABEL_PAD;
  const firstYear = civilDayOf(range.from).year;
  const wanted = all.findIndex(
    (c) =>
      !c.narrowOnly &&
      c.step / perPixel >=
        Math.max(minSpacing, c.years ? room(formatYearAt(firstYear, c.years)) : 0),
  );
  const chosen = wanted < 0 ? all.length - 1 : wanted;
  const first = { level: all[chosen]!.level, ...all[chosen]!.make()! };
  const shown = (ticks: readonly Tick[]) =>
    ticks.filter((t) => x(t.t) + room(t.label) - LABEL_PAD <= width).length;
  if (shown(first.ticks) >= MIN_LABELS) return first;
  const clear = (ticks: readonly Tick[]) =>
    ticks.every((t, i) => i === 0 || x(t.t) - x(ticks[i - 1]!.t) >= room(ticks[i - 1]!.label));
  // Narrower steps, down to ticks too close for any label.
  const narrower = (make: (c: Candidate) => Pick<AxisTicks, 'ticks' | 'context'> | null) => {
    for (let i = chosen; i >= 0 && all[i]!.step / perPixel >= 2 * LABEL_PAD; i--) {
      const made = make(all[i]!);
      if (made && shown(made.ticks) >= MIN_LABELS && clear(made.ticks))
        return { level: all[i]!.level, ...made };
    }
    return null;
  };
  return (
    narrower((c) => c.make()) ??
    narrower((c) => (c.years ? compactYearTicks(range, c.years) : null)) ??
    first
  );
}
