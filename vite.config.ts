/// <reference types="vitest/config" />
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { validateDataset } from './src/data/validateDataset.ts';
import { formatValidationError } from './src/data/validationError.ts';
import { eventsToCsv } from './src/data/eventsToCsv.ts';
import type { EventRecord } from './src/data/schema.ts';

const DATA_DIR = resolve(import.meta.dirname, 'data');

/**
 * Serves data/*.json (and events.csv made from events.json) under /data/ in development and writes
 * them into dist/data/ when building, after validating the whole dataset: a build with a bad event
 * fails, naming the event and field.
 */
function dataset(): Plugin {
  const read = (name: string) => readFileSync(resolve(DATA_DIR, name), 'utf8');
  const outputs = (): Map<string, () => string> => {
    const files = readdirSync(DATA_DIR).filter((f) => f.endsWith('.json'));
    const csv = () => eventsToCsv((JSON.parse(read('events.json')) as { events: EventRecord[] }).events);
    return new Map([...files.map((f) => [f, () => read(f)] as const), ['events.csv', csv]]);
  };
  const TYPES: Record<string, string> = { json: 'application/json', csv: 'text/csv' };
  let serving = false;
  return {
    name: 'dprk-timeline-dataset',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    buildStart() {
      const [events, categories, actors] = ['events', 'categories', 'actors'].map((n) => JSON.parse(read(`${n}.json`)) as unknown);
      const result = validateDataset({ events, categories, actors });
      if (result.ok) return;
      const report = `The dataset in data/ is invalid:\n${result.errors.map(formatValidationError).join('\n')}`;
      // A build must fail; the dev server keeps running so the page can show the errors while you fix them.
      if (serving) this.warn(report);
      else this.error(report);
    },
    generateBundle() {
      for (const [name, content] of outputs()) this.emitFile({ type: 'asset', fileName: `data/${name}`, source: content() });
    },
    configureServer(server) {
      server.middlewares.use('/data/', (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '').split('?')[0]!.replace(/^\//, ''));
        const content = outputs().get(name);
        if (!content) return next();
        res.setHeader('Content-Type', `${TYPES[name.split('.').pop()!]}; charset=utf-8`);
        res.end(content());
      });
    },
  };
}

export default defineConfig({
  root: 'src',
  publicDir: '../public',
  base: './',
  plugins: [svelte({ configFile: false }), dataset(), svelteTesting()],
  build: { outDir: '../dist', emptyOutDir: true, target: 'es2022' },
  server: { host: 'localhost', port: 5173 },
  preview: { host: 'localhost', port: 4173 },
  test: {
    include: ['**/*.test.ts'],
    environment: 'node',
    setupFiles: [],
  },
});
