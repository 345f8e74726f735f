import { describe, expect, it } from 'vitest';
import { precacheManifest } from './precacheManifest.ts';

const build = (events: string) =>
  new Map<string, string | Uint8Array>([
    ['index.html', '<!doctype html>'],
    ['data/events.json', events],
    ['assets/index-abc.js', 'console.log(1)'],
    ['favicon.svg', new TextEncoder().encode('<svg/>')],
  ]);

describe('precacheManifest', () => {
  it('lists the page as ./ first, then the other files in name order', () => {
    expect(precacheManifest(build('{}')).urls).toEqual([
      './',
      'assets/index-abc.js',
      'data/events.json',
      'favicon.svg',
    ]);
  });

  it('gives the same version to the same files', () => {
    expect(precacheManifest(build('{}')).version).toBe(precacheManifest(build('{}')).version);
  });

  it('changes the version when only a file content changes, so readers get the new data', () => {
    expect(precacheManifest(build('{"events":[]}')).version).not.toBe(
      precacheManifest(build('{}')).version,
    );
  });
});
