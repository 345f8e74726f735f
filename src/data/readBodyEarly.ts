type Fetched = Pick<Response, 'ok' | 'status' | 'text' | 'headers'>;

/**
 * Starts reading a response's body at once and hands out that same text later. A body that
 * nobody reads yet arrives only as fast as the browser's buffer allows, so a large file would
 * wait for the code that reads it to load. A body larger than `maxBytes` by its Content-Length is
 * left unread, for the loader to refuse.
 */
export function readBodyEarly(response: Fetched, maxBytes: number): Fetched {
  if (Number(response.headers.get('content-length')) > maxBytes) return response;
  const body = response.text();
  // Failures reach whoever calls text(); until then they must not count as unhandled.
  body.catch(() => {});
  return { ok: response.ok, status: response.status, headers: response.headers, text: () => body };
}
