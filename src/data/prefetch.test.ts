import { describe, expect, it, vi } from 'vitest';
import { prefetch } from './prefetch.ts';

describe('prefetch', () => {
  it('starts the named downloads at once, before anyone asks for them', () => {
    const fetchFn = vi.fn((url: string) => Promise.resolve(url));
    prefetch(fetchFn, ['a.json', 'b.json']);
    expect(fetchFn.mock.calls.map(([url]) => url)).toEqual(['a.json', 'b.json']);
  });

  it('hands a started download to the first caller without fetching it again', async () => {
    const fetchFn = vi.fn((url: string) => Promise.resolve(`${url} body`));
    const get = prefetch(fetchFn, ['a.json']);
    expect(await get('a.json')).toBe('a.json body');
    expect(fetchFn).toHaveBeenCalledTimes(1);
  });

  it('fetches other addresses, and a second request for the same one, when asked', async () => {
    const fetchFn = vi.fn((url: string) => Promise.resolve(url));
    const get = prefetch(fetchFn, ['a.json']);
    await get('a.json');
    await get('a.json');
    await get('c.json');
    expect(fetchFn.mock.calls.map(([url]) => url)).toEqual(['a.json', 'a.json', 'c.json']);
  });

  it('passes a failed download on to the caller that asks for it, and not before', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    const get = prefetch(() => Promise.reject(new Error('offline')), ['a.json']);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(unhandled).not.toHaveBeenCalled();
    await expect(get('a.json')).rejects.toThrow('offline');
    process.off('unhandledRejection', unhandled);
  });
});
