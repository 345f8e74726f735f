import { describe, expect, it } from 'vitest';
import { ERA_A, ERA_B, eventRecord, rawDataset } from '../testing/fixtures.ts';
import { loadDataset } from './loadDataset.ts';

/** Serves the files of `raw` as a site would. */
const serving = (raw: ReturnType<typeof rawDataset>) => (url: string) => {
  const name = url.split('/').pop()!.replace('.json', '');
  const file = (raw as Record<string, unknown>)[name];
  return Promise.resolve({
    ok: file !== undefined,
    status: file === undefined ? 404 : 200,
    text: () => Promise.resolve(JSON.stringify(file)),
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

  it('loads the eras beside the events, in time order', async () => {
    const raw = { ...rawDataset([eventRecord({ id: 'a' })]), eras: { eras: [ERA_B, ERA_A] } };
    const result = await loadDataset('data/', serving(raw));
    expect(result.ok && result.dataset.eras?.map((e) => e.id)).toEqual(['talks', 'panel']);
  });

  it('shows the events without eras when the site has no eras file', async () => {
    const result = await loadDataset('data/', serving(rawDataset([eventRecord({ id: 'a' })])));
    expect(result.ok && result.dataset.eras).toBeUndefined();
  });
});
