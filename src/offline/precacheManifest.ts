import { createHash } from 'node:crypto';

/** What the service worker stores at install, and the name of the cache it stores it in. */
export interface PrecacheManifest {
  /** URLs relative to the worker (which sits beside index.html): the page as "./", then the other files. */
  urls: string[];
  /** Changes with any file's name or content, so each build gets a cache of its own. */
  version: string;
}

/**
 * The precache manifest of a build, from its files (path relative to the output folder, and
 * content). index.html is listed as "./": navigations ask for the folder, with the view in the query.
 * The version hashes contents as well as names: data/events.json keeps its name from build to
 * build, and a build that only changes an event must still replace the readers' stored copy.
 */
export function precacheManifest(
  files: ReadonlyMap<string, string | Uint8Array>,
): PrecacheManifest {
  const names = [...files.keys()].sort();
  const hash = createHash('sha256');
  for (const name of names) hash.update(name).update('\0').update(files.get(name)!).update('\0');
  const urls = names.map((name) => (name === 'index.html' ? './' : name));
  return {
    urls: ['./', ...urls.filter((u) => u !== './')],
    version: hash.digest('hex').slice(0, 12),
  };
}
