import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CategoriesFileSchema, ErasFileSchema, EventsFileSchema } from './schema.ts';
import { validateStory } from './validateStory.ts';
import { formatValidationError } from './validationError.ts';

const DATA = resolve(import.meta.dirname, '../../data');
const read = (path: string) => JSON.parse(readFileSync(resolve(DATA, path), 'utf8')) as unknown;

// datasetFiles.test.ts checks these files in full; here only their ids are needed.
const known = {
  eventIds: new Set(v.parse(EventsFileSchema, read('events.json')).events.map((e) => e.id)),
  categoryIds: v.parse(CategoriesFileSchema, read('categories.json')).categories.map((c) => c.id),
  eraIds: new Set(v.parse(ErasFileSchema, read('eras.json')).eras.map((e) => e.id)),
};
const files = readdirSync(resolve(DATA, 'stories')).filter((f) => f.endsWith('.json'));

describe('the curated stories in data/stories/', () => {
  it('has at least six stories', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  it.each(files)('%s passes validation against the dataset', (name) => {
    const result = validateStory(read(`stories/${name}`), known);
    expect(result.ok ? [] : result.errors.map(formatValidationError)).toEqual([]);
  });

  it.each(files)('%s is named after its story id', (name) => {
    const result = validateStory(read(`stories/${name}`), known);
    expect(result.ok && `${result.story.id}.json`).toBe(name);
  });
});
