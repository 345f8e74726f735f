const full = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});
const compact = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  minimumFractionDigits: 0,
  maximumFractionDigits: 1,
});
// Past the trillions compact notation has no word, and in full a number such as 1.79e308 is 309 digits.
const scientific = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'scientific',
  minimumFractionDigits: 0,
  maximumFractionDigits: 2,
});
const HUGE = 1e15;

/** What any amount shows as when it is too small or too large to write as digits. */
function outOfRange(amount: number): string | null {
  if (amount > 0 && amount < 1) return 'under $1';
  return Math.abs(amount) >= HUGE ? scientific.format(amount) : null;
}

/** US dollars in full: "$81,000,000". */
export function formatUsd(amount: number): string {
  return outOfRange(amount) ?? full.format(amount);
}

/** US dollars in short: "$81M", "$1.5B". */
export function formatUsdCompact(amount: number): string {
  return outOfRange(amount) ?? compact.format(amount);
}
