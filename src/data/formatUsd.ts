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

/** US dollars in full: "$81,000,000". */
export function formatUsd(amount: number): string {
  return full.format(amount);
}

/** US dollars in short: "$81M", "$1.5B". */
export function formatUsdCompact(amount: number): string {
  return compact.format(amount);
}
