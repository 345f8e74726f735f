// Lint rules that hold the architecture: data -> layout -> state -> render, and no DOM below state/.
import js from '@eslint/js';
import globals from 'globals';
import svelte from 'eslint-plugin-svelte';
import tseslint from 'typescript-eslint';

// Globals a browser page has but a Web Worker and Node do not: the DOM. data/ and layout/ run in
// Node tests and (for imports) in a worker, so they must not touch any of them.
const domOnly = Object.keys(globals.browser).filter(
  (name) => !(name in globals.worker) && !(name in globals.node),
);
const domGlobals = [...new Set([...domOnly, 'window', 'document', 'location', 'navigator'])].map(
  (name) => ({
    name,
    message: 'data/ and layout/ are DOM-free: pass the value in from state/ or render/.',
  }),
);

const importsOf = (...layers) =>
  layers.flatMap((layer) => [
    {
      group: [`**/${layer}/*`, `**/${layer}/**`],
      message: `This layer must not import from ${layer}/ (data -> layout -> state -> render).`,
    },
  ]);

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      'dist/**',
      'dist-single/**',
      'e2e/results/**',
      'e2e/report/**',
      'e2e/bench/node_modules/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Off: it asks for SvelteSet/SvelteMap even for local, never-mutated-after-build lookups.
      'svelte/prefer-svelte-reactivity': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] },
    },
  },
  {
    files: ['src/data/**', 'src/layout/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'svelte', message: 'data/ and layout/ are plain TypeScript, without Svelte.' },
          ],
          patterns: [
            ...importsOf('state', 'render'),
            {
              group: ['svelte/*'],
              message: 'data/ and layout/ are plain TypeScript, without Svelte.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  {
    files: ['src/state/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: importsOf('render') }] },
  },
);
