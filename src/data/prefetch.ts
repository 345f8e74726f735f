/**
 * Starts fetching `urls` now and hands each response to the first caller that asks for that URL;
 * any other URL (or a second request) is fetched when asked. Lets the page download a reader's
 * dataset while the code that reads it is still loading.
 */
export function prefetch<R>(
  fetchFn: (url: string) => Promise<R>,
  urls: readonly string[],
): (url: string) => Promise<R> {
  const started = new Map<string, Promise<R>>();
  for (const url of urls) {
    const response = fetchFn(url);
    // The caller handles a failure when it asks; until then it must not count as unhandled.
    response.catch(() => {});
    started.set(url, response);
  }
  return (url) => {
    const response = started.get(url);
    started.delete(url);
    return response ?? fetchFn(url);
  };
}
