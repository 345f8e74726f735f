import { describe, expect, it, vi } from 'vitest';
import { readBodyEarly, TextTooLarge } from './readBodyEarly.ts';

const response = (body: string, headers: Record<string, string> = {}) =>
  new Response(body, { headers });

describe('readBodyEarly', () => {
  it('starts reading the body at once, before anyone asks for the text', async () => {
    const onBytes = vi.fn();
    readBodyEarly(response('{"events":[]}'), 1000, onBytes);
    await vi.waitFor(() => expect(onBytes).toHaveBeenCalledWith(13));
  });

  it('hands out the same text, with the status and headers of the response', async () => {
    const early = readBodyEarly(
      response('{"events":[]}', { 'content-type': 'application/json' }),
      1000,
    );
    expect(early.ok).toBe(true);
    expect(early.status).toBe(200);
    expect(early.headers.get('content-type')).toBe('application/json');
    expect(await early.text()).toBe('{"events":[]}');
    expect(await early.text()).toBe('{"events":[]}');
  });

  it('refuses a body whose decoded text passes the limit, whatever its Content-Length says', async () => {
    const early = readBodyEarly(response('x'.repeat(5000), { 'content-length': '10' }), 1000);
    await expect(early.text()).rejects.toBeInstanceOf(TextTooLarge);
  });

  it('keeps the bytes of the body undecoded when asked, for a worker to decode', async () => {
    const early = readBodyEarly(response('{"title":"Café"}'), 1000, undefined, true);
    const chunks = await early.chunks!();
    expect(new TextDecoder().decode(chunks[0])).toBe('{"title":"Café"}');
    expect(await early.text()).toBe('{"title":"Café"}');
    const large = readBodyEarly(response('x'.repeat(5000)), 1000, undefined, true);
    await expect(large.chunks!()).rejects.toBeInstanceOf(TextTooLarge);
  });

  it('leaves the body of a failed response for the loader', async () => {
    const failed = new Response('Not found', { status: 404 });
    expect(readBodyEarly(failed, 1000)).toBe(failed);
  });
});
