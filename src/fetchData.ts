/**
 * Fetches one of the site's own data files (a path relative to the page, such as
 * "data/events.json"). The single-file build (`npm run build:single`) puts every data file in the
 * page itself, in <script type="application/json" id="inline-data"> as { "<path>": <json text> };
 * then nothing is fetched, so the page works opened from a USB stick with no network.
 */
export async function fetchData(
  path: string,
  base: string = document.baseURI,
  signal?: AbortSignal,
): Promise<Response> {
  const inline = inlineData()?.[path];
  if (inline !== undefined)
    return new Response(inline, { status: 200, headers: { 'content-type': 'application/json' } });
  return fetch(new URL(path, base), { signal });
}

/** True in the single-file build, where the data files are in the page and not beside it. */
export function hasInlineData(): boolean {
  return inlineData() !== null;
}

let cache: Record<string, string> | null | undefined;

function inlineData(): Record<string, string> | null {
  if (cache !== undefined) return cache;
  const element = typeof document === 'undefined' ? null : document.getElementById('inline-data');
  try {
    cache = element?.textContent
      ? (JSON.parse(element.textContent) as Record<string, string>)
      : null;
  } catch {
    cache = null;
  }
  return cache;
}
