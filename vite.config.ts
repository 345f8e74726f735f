/// <reference types="vitest/config" />
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { validateDataset } from './src/data/validateDataset.ts';
import { formatValidationError } from './src/data/validationError.ts';
import { eventsToCsv } from './src/data/eventsToCsv.ts';
import { validateStory } from './src/data/validateStory.ts';
import type { EventRecord } from './src/data/schema.ts';

const DATA_DIR = resolve(import.meta.dirname, 'data');

/**
 * Serves data/*.json (and events.csv made from events.json) under /data/ in development and writes
 * them into dist/data/ when building, after validating the whole dataset: a build with a bad event
 * fails, naming the event and field.
 */
function dataset(): Plugin {
  const read = (name: string) => readFileSync(resolve(DATA_DIR, name), 'utf8');
  const storyFiles = () => readdirSync(resolve(DATA_DIR, 'stories')).filter((f) => f.endsWith('.json')).map((f) => `stories/${f}`);
  // The story picker's list: id, title, description and step count of each story.
  const storyIndex = () =>
    JSON.stringify({
      stories: storyFiles().map((f) => {
        const story = JSON.parse(read(f)) as { id: string; title: string; description: string; steps: unknown[] };
        return { id: story.id, title: story.title, description: story.description, steps: story.steps.length };
      }),
    });
  const outputs = (): Map<string, () => string> => {
    const files = [...readdirSync(DATA_DIR).filter((f) => f.endsWith('.json')), ...storyFiles()];
    const csv = () => eventsToCsv((JSON.parse(read('events.json')) as { events: EventRecord[] }).events);
    return new Map([...files.map((f) => [f, () => read(f)] as const), ['events.csv', csv], ['stories/index.json', storyIndex]]);
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
      const known = result.ok
        ? { eventIds: new Set(result.dataset.events.map((e) => e.id)), categoryIds: result.dataset.categories.map((c) => c.id) }
        : null;
      const storyErrors = known ? storyFiles().flatMap((f) => {
        const story = validateStory(JSON.parse(read(f)), known);
        return story.ok ? [] : story.errors;
      }) : [];
      if (result.ok && storyErrors.length === 0) return;
      const errors = result.ok ? storyErrors : result.errors;
      const report = `The dataset in data/ is invalid:\n${errors.map(formatValidationError).join('\n')}`;
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

/**
 * The built page's Content-Security-Policy: scripts only from the site itself (no inline or
 * third-party script), datasets from any http(s) URL (`?data=`), no plugins. A meta tag, so it
 * works on any static host. Style attributes stay allowed: Svelte sets positions and colours inline.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' https: http:",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * Adds the CSP meta tag to the built page (not in development, where Vite injects its own client),
 * and writes the oEmbed description. Set SITE_URL when building for a public address so that the
 * oEmbed response carries absolute URLs.
 */
function publishing(): Plugin {
  const site = (process.env.SITE_URL ?? '').replace(/\/?$/, '/');
  return {
    name: 'dprk-timeline-publishing',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
    generateBundle() {
      const src = `${site === '/' ? './' : site}?embed=1`;
      const oembed = {
        version: '1.0',
        type: 'rich',
        provider_name: 'DPRK cyber timeline',
        title: "North Korea's cyber operations and the world's answers",
        width: 800,
        height: 600,
        html: `<iframe src="${src}" title="North Korea's cyber operations: a timeline" style="width:100%;border:0" height="600" loading="lazy"></iframe>`,
      };
      this.emitFile({ type: 'asset', fileName: 'oembed.json', source: `${JSON.stringify(oembed, null, 2)}\n` });
    },
  };
}

export default defineConfig({
  root: 'src',
  publicDir: '../public',
  base: './',
  plugins: [svelte({ configFile: false }), dataset(), publishing(), svelteTesting()],
  build: { outDir: '../dist', emptyOutDir: true, target: 'es2022' },
  server: { host: 'localhost', port: 5173 },
  preview: { host: 'localhost', port: 4173 },
  test: {
    include: ['**/*.test.ts'],
    environment: 'node',
    setupFiles: [],
  },
});
