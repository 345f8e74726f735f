import { describe, expect, it, vi } from 'vitest';
import { readBodyEarly } from './readBodyEarly.ts';

const response = (body: string, headers: Record<string, string> = {}) => {
  const r = new Response(body, { headers });
  return Object.assign(r, { text: vi.fn(() => Response.prototype.text.call(r)) });
};

describe('readBodyEarly', () => {
  it('starts reading the body at once, before anyone asks for the text', () => {
    const r = response('{"events":[]}');
    readBodyEarly(r, 1000);
    expect(r.text).toHaveBeenCalledTimes(1);
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

  it('leaves a body that announces itself as too large unread, for the loader to refuse', () => {
    const r = response('x', { 'content-length': '5000' });
    expect(readBodyEarly(r, 1000)).toBe(r);
    expect(r.text).not.toHaveBeenCalled();
  });
});
