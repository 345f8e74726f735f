import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The README's "How the code is organised" is a map a new maintainer trusts: it must match the tree.
const root = resolve(import.meta.dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = readme.split('## How the code is organised')[1] ?? '';
const codeMap = section.slice(
  section.indexOf('```') + 3,
  section.indexOf('```', section.indexOf('```') + 3),
);

/** Every file below `dir`, as paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (ignored.has(name)) return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path).map((f) => `${name}/${f}`) : [name];
  });
}
/** What git ignores (node_modules, builds, reports) is not the code and needs no place in the map. */
const ignored = new Set(['node_modules', 'dist', 'dist-single', 'results', 'report']);
const srcFiles = filesUnder(join(root, 'src'));
const basenames = new Set(srcFiles.map((f) => f.split('/').pop()));

describe("README's map of the code", () => {
  it('is there', () => {
    expect(codeMap).toContain('src/');
  });

  it('names every folder of src/ and every top-level folder of the project', () => {
    const srcDirs = readdirSync(join(root, 'src')).filter(
      (n) => !ignored.has(n) && statSync(join(root, 'src', n)).isDirectory(),
    );
    const topDirs = readdirSync(root).filter(
      (n) => !n.startsWith('.') && !ignored.has(n) && statSync(join(root, n)).isDirectory(),
    );
    for (const dir of [...srcDirs, ...topDirs]) expect(codeMap).toMatch(new RegExp(`\\b${dir}/`));
  });

  it('names every file at the top of src/', () => {
    const topFiles = readdirSync(join(root, 'src')).filter(
      (n) => !statSync(join(root, 'src', n)).isDirectory() && !n.endsWith('.css'),
    );
    for (const file of topFiles) expect(codeMap).toContain(file);
  });

  it('names only source files that exist', () => {
    const named = codeMap.match(/\b[\w.]+\.(?:ts|svelte|html)\b/g) ?? [];
    expect(named.length).toBeGreaterThan(10);
    const e2eFiles = new Set(filesUnder(join(root, 'e2e')).map((f) => f.split('/').pop()));
    const missing = named.filter((file) => !basenames.has(file) && !e2eFiles.has(file));
    expect(missing).toEqual([]);
  });

  it("names only components that exist, such as the timeline's layers", () => {
    const components = [...codeMap.matchAll(/\b([A-Z][A-Za-z]+)\b/g)]
      .map((m) => m[1])
      .filter((name) => existsSync(join(root, 'src/render', `${name}.svelte`)));
    expect(components).toEqual(expect.arrayContaining(['Timeline', 'Lanes', 'EraBands', 'Axis']));
    const layers = /layers \(([^)]+)\)/.exec(codeMap)?.[1]?.split(/,\s*/) ?? [];
    expect(layers.length).toBeGreaterThan(3);
    for (const layer of layers) expect(basenames).toContain(`${layer}.svelte`);
  });
});
