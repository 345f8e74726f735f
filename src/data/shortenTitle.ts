import { truncateText } from './truncateText.ts';

/** The longest label a chart draws: the curated `shortTitle`'s limit. */
export const SHORT_TITLE_MAX = 32;

/**
 * A chart label for an event without a `shortTitle` (a reader's own data): the title up to its
 * first colon, semicolon, dash between spaces or opening parenthesis, when that leaves at least
 * eight characters; then, if still longer than 32 characters, cut at the last word boundary that
 * fits, with an ellipsis. "Bangladesh Bank heist: $81 million stolen via SWIFT" becomes
 * "Bangladesh Bank heist".
 */
export function shortenTitle(title: string): string {
  const head = title.split(/\s*(?:[:;(]| [-–—] )\s*/)[0]!.trim();
  const text = head.length >= 8 ? head : title.trim();
  if (text.length <= SHORT_TITLE_MAX) return text;
  const cut = text.slice(0, SHORT_TITLE_MAX);
  const space = cut.lastIndexOf(' ');
  return space >= SHORT_TITLE_MAX / 2
    ? `${cut.slice(0, space).replace(/[,.;:–—-]+$/, '')}…`
    : truncateText(text, SHORT_TITLE_MAX);
}
