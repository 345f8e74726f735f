/** The curated files a page needs before its first render, asked for first (boot.ts, startLoading.ts). */
export const CURATED_FIRST = ['events', 'categories', 'actors', 'eras'] as const;
