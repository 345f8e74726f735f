/** Shortens text to at most `max` characters, ending with an ellipsis when anything was cut. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max - 1).trimEnd()}…`;
}
