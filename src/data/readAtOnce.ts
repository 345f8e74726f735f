type Fetched = Pick<Response, 'ok' | 'status' | 'text' | 'headers'>;

/**
 * Starts reading one of the site's own files at once and hands out its text later: a body nobody
 * reads yet arrives only as fast as the browser's buffer allows. Unlike a reader's file
 * (readBodyEarly), it is not counted against a size limit or decoded by sniffing: the site's files
 * are its own UTF-8 JSON. The result has no `body`, so readBodyEarly leaves it as it is.
 */
export function readAtOnce(response: Fetched): Fetched {
  if (!response.ok) return response;
  const text = response.text();
  // Failures reach whoever calls text(); until then they must not count as unhandled.
  text.catch(() => {});
  const { ok, status, headers } = response;
  return { ok, status, headers, text: () => text };
}
