import { describe, expect, it } from 'vitest';
import { readAtOnce } from './readAtOnce.ts';

describe('readAtOnce', () => {
  it('reads the body before anyone asks, and gives every caller the same text', async () => {
    const response = new Response('{"events":[]}');
    const early = readAtOnce(response);
    expect(response.bodyUsed).toBe(true);
    expect(await early.text()).toBe('{"events":[]}');
    expect(await early.text()).toBe('{"events":[]}');
    expect('body' in early).toBe(false);
  });

  it('leaves a failed response as it is, for its status to be reported', () => {
    const failed = new Response('Not found', { status: 404 });
    expect(readAtOnce(failed)).toBe(failed);
  });
});
