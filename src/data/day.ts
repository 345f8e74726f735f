/** One UTC day in milliseconds: the unit of the timeline's time maths (dates are UTC, no DST). */
export const DAY = 86_400_000;

/** An average Gregorian year in milliseconds, for spans measured in years. */
export const YEAR = 365.25 * DAY;
