/**
 * Returns the URL if it is an http(s) link, else null: data never becomes a script link. Without
 * `base` only absolute URLs pass; with it, relative ones resolve against it.
 */
export function safeHref(url: string, base?: string): string | null {
  try {
    const u = new URL(url, base);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}
