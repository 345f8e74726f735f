import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateDataset } from '../data/validateDataset.ts';

/** The folder of the curated JSON files. */
export const DATA = resolve(import.meta.dirname, '../../data');

/** One of the curated files, parsed. */
export const readData = (name: string) =>
  JSON.parse(readFileSync(resolve(DATA, name), 'utf8')) as unknown;

/** The curated dataset as the site validates it. */
export const validateCurated = () =>
  validateDataset({
    events: readData('events.json'),
    categories: readData('categories.json'),
    actors: readData('actors.json'),
    eras: readData('eras.json'),
  });
