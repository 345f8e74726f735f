/// <reference types="vitest/config" />
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin, type PluginOption } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { validateDataset } from './src/data/validateDataset.ts';
import { formatValidationError } from './src/data/validationError.ts';
import { eventsToCsv } from './src/data/eventsToCsv.ts';
import { validateStory } from './src/data/validateStory.ts';
import type { EventRecord } from './src/data/schema.ts';
import { precacheManifest } from './src/offline/precacheManifest.ts';
import { serviceWorkerSource } from './src/offline/serviceWorkerSource.ts';
import { inlineDataScript } from './src/offline/inlineDataScript.ts';

const DATA_DIR = resolve(import.meta.dirname, 'data');
const PUBLIC_DIR = resolve(import.meta.dirname, 'public');

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
      const result = validateDataset({ events, categories, actors, eras: JSON.parse(read('eras.json')) as unknown });
      const known = result.ok
        ? { eventIds: new Set(result.dataset.events.map((e) => e.id)), categoryIds: result.dataset.categories.map((c) => c.id), eraIds: new Set((result.dataset.eras ?? []).map((e) => e.id)) }
        : null;
      const storyErrors = known ? storyFiles().flatMap((f) => {
        const story = validateStory(JSON.parse(read(f)), known);
        return story.ok ? [] : story.errors;
      }) : [];
      if (result.ok && storyErrors.length === 0) return;
      const errors = result.ok ? storyErrors : result.errors;
      const report = `The dataset in data/ is invalid:\n${errors.map(formatValidationError).join('\n')}`;
      // A build must fail; the dev server keeps running, and the page (which validates in development) shows the errors.
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
  "worker-src 'self'",
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

/**
 * src/boot.ts as a script of its own, ahead of the app's: it has no imports, so it runs as soon as
 * it arrives and starts the curated data's download while the app's code is still coming (Vite
 * would bundle a second <script> in index.html into the app's). Not in the single-file build,
 * whose data is in the page.
 */
function bootScript(): Plugin {
  return {
    name: 'dprk-timeline-boot',
    apply: 'build',
    buildStart() {
      this.emitFile({ type: 'chunk', id: resolve(import.meta.dirname, 'src/boot.ts'), name: 'boot' });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const boot = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.name === 'boot');
        const app = html.indexOf('<script type="module"');
        if (!boot || app < 0) throw new Error('The build made no boot chunk, or index.html has no app script to put it before.');
        // Just before the app's script (after the CSP meta): module scripts run in document order.
        return `${html.slice(0, app)}<script type="module" crossorigin src="./${boot.fileName}"></script>\n    ${html.slice(app)}`;
      },
    },
  };
}

/** The files of public/ that the page itself uses (the README's screenshot is not one). */
const PUBLIC_PAGE_FILES = ['favicon.svg'];

/**
 * Writes sw.js, the service worker that keeps the site working offline after a first visit, with
 * the exact list of files to store: the page, every script and stylesheet (lazy chunks too), the
 * data files, oembed.json and the favicon. Runs after the other plugins have emitted their files.
 */
function serviceWorker(): Plugin {
  return {
    name: 'dprk-timeline-service-worker',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const files = new Map<string, string | Uint8Array>();
        for (const [name, output] of Object.entries(bundle)) files.set(name, output.type === 'chunk' ? output.code : output.source);
        for (const name of PUBLIC_PAGE_FILES) files.set(name, readFileSync(resolve(PUBLIC_DIR, name)));
        this.emitFile({ type: 'asset', fileName: 'sw.js', source: serviceWorkerSource(precacheManifest(files)) });
      },
    },
  };
}

/**
 * The single-file build (`vite build --mode single`): one HTML page that opens from disk with no
 * network. vite-plugin-singlefile inlines the scripts (with code splitting off, so the lazy chunks
 * too) and the stylesheet; this plugin moves the data files into the page as inline-data (which
 * fetchData reads), turns the favicon into a data: URL and drops the oEmbed link. There is no CSP
 * meta here (the scripts are inline) and no service worker.
 */
function singleFile(): PluginOption[] {
  const text = (source: string | Uint8Array) => (typeof source === 'string' ? source : new TextDecoder().decode(source));
  const favicon = `data:image/svg+xml,${encodeURIComponent(readFileSync(resolve(PUBLIC_DIR, 'favicon.svg'), 'utf8'))}`;
  return [
    {
      name: 'dprk-timeline-single-file',
      apply: 'build',
      transformIndexHtml: (html) => html.replace('href="./favicon.svg"', `href="${favicon}"`).replace(/\s*<link rel="alternate"[^>]*>/, ''),
      generateBundle: {
        order: 'post',
        handler(_options, bundle) {
          const data: Record<string, string> = {};
          for (const [name, output] of Object.entries(bundle)) {
            // A page opened from file:// cannot start the import worker; it imports on the page (importInWorker).
            if (name.startsWith('importWorker-')) delete bundle[name];
            if (!name.startsWith('data/') || output.type !== 'asset') continue;
            if (name.endsWith('.json')) data[name] = text(output.source);
            delete bundle[name];
          }
          const page = bundle['index.html'];
          if (page?.type !== 'asset') return this.error('The single-file build found no index.html to put the data in.');
          page.source = text(page.source).replace('</body>', () => `  ${inlineDataScript(data)}\n  </body>`);
        },
      },
    },
    viteSingleFile({ outputFileName: 'dprk-cyber-timeline.html' }),
  ];
}

export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  return {
    root: 'src',
    publicDir: single ? false : '../public',
    base: './',
    plugins: [svelte({ configFile: false }), dataset(), ...(single ? singleFile() : [publishing(), bootScript(), serviceWorker()]), svelteTesting()],
    build: { outDir: single ? '../dist-single' : '../dist', emptyOutDir: true, target: 'es2022' },
    server: { host: 'localhost', port: 5173 },
    preview: { host: 'localhost', port: 4173 },
    test: {
      include: ['**/*.test.ts'],
      environment: 'node',
      setupFiles: [],
    },
  };
});
