import { describe, expect, it } from 'vitest';
import { eventRecord, rawDataset } from '../testing/fixtures.ts';
import { loadDataset } from './loadDataset.ts';

/** Serves the three files of `raw` as a site would. */
const serving = (raw: ReturnType<typeof rawDataset>) => (url: string) => {
  const name = url.split('/').pop()!.replace('.json', '') as keyof typeof raw;
  return Promise.resolve({
    ok: true,
    status: 200,
    text: () => Promise.resolve(JSON.stringify(raw[name])),
  });
};

describe('loadDataset', () => {
  const bad = rawDataset([eventRecord({ id: 'a' }), eventRecord({ id: 'a', title: 'Another' })]);

  it('prepares the curated events without loading the validator', async () => {
    const result = await loadDataset('data/', serving(rawDataset([eventRecord({ id: 'a' })])));
    expect(result.ok && result.dataset.events.map((e) => e.id)).toEqual(['a']);
  });

  it('reports a problem in the data when asked to validate, as the dev server does', async () => {
    const result = await loadDataset('data/', serving(bad), { validate: true });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.message)).toContain(
      'duplicate id "a": ids must be unique',
    );
  });
});
