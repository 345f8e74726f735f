import { drawnAt, type TimelineEvent } from '../data/timelineEvent.ts';

/** One theft on the money chart: when, how much, and the running total up to and including it. */
export interface MoneyPoint {
  event: TimelineEvent;
  /** The instant plotted: the middle of the theft's date period. */
  t: number;
  amount: number;
  cumulative: number;
}

/** The categories whose events are the money chart's curve and its markers. */
export const MONEY = { theft: 'theft', responses: ['sanction', 'legal'] } as const;

/**
 * The running total of US dollars stolen, from the thefts that give an amount, in time order.
 * Amounts are as reported at the time of each theft; nothing is adjusted for inflation or prices.
 */
export function cumulativeThefts(events: readonly TimelineEvent[]): MoneyPoint[] {
  let total = 0;
  return events
    .filter((e) => e.category === MONEY.theft && e.amountUsd !== undefined)
    .map((e) => ({ event: e, t: drawnAt(e) }))
    .sort((a, b) => a.t - b.t)
    .map(({ event, t }) => {
      total += event.amountUsd!;
      return { event, t, amount: event.amountUsd!, cumulative: total };
    });
}

/** The sanctions and legal actions drawn as markers on the chart's time axis. */
export function responseMarkers(events: readonly TimelineEvent[]): TimelineEvent[] {
  return events.filter((e) => (MONEY.responses as readonly string[]).includes(e.category));
}

/** The point nearest to an instant, by time; null when there are none. */
export function nearestPoint(points: readonly MoneyPoint[], t: number): MoneyPoint | null {
  let best: MoneyPoint | null = null;
  for (const p of points) if (!best || Math.abs(p.t - t) < Math.abs(best.t - t)) best = p;
  return best;
}

/** A plain-text summary of the curve, for screen readers and for the chart's caption. */
export function describeMoney(
  points: readonly MoneyPoint[],
  format: (usd: number) => string,
): string {
  const last = points[points.length - 1];
  if (!last) return 'No thefts with a reported amount match the current filters.';
  const largest = points.reduce((a, b) => (b.amount > a.amount ? b : a));
  const years = (p: MoneyPoint) => new Date(p.t).getUTCFullYear();
  return (
    `${points.length} thefts with a reported amount, ${years(points[0]!)}–${years(last)}, total ${format(last.cumulative)}. ` +
    `The largest is ${largest.event.title} (${format(largest.amount)}).`
  );
}
