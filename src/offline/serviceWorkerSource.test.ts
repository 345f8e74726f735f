import { describe, expect, it } from 'vitest';
import { serviceWorkerSource } from './serviceWorkerSource.ts';

const SITE = 'https://example.org/timeline/';
const MANIFEST = { urls: ['./', 'assets/index-abc.js', 'data/events.json'], version: 'v2' };

type Listener = (event: unknown) => void;
interface FakeRequest {
  url: string;
  method?: string;
  mode?: string;
}

/** Runs the generated worker in a fake service worker scope: a Map as Cache Storage and a scripted network. */
function startWorker(
  network: (url: string) => Promise<Response>,
  caches = new Map<string, Map<string, Response>>(),
) {
  const listeners = new Map<string, Listener>();
  const requested: string[] = [];
  const calls: string[] = [];
  const cacheStorage = {
    keys: async () => [...caches.keys()],
    delete: async (name: string) => caches.delete(name),
    open: async (name: string) => {
      const cache = caches.get(name) ?? caches.set(name, new Map()).get(name)!;
      return {
        match: async (url: string) => cache.get(url)?.clone(),
        addAll: async (requests: Request[]) => {
          for (const r of requests) cache.set(r.url, await network(r.url));
        },
      };
    },
  };
  const fetchFn = (request: FakeRequest | Request) => (
    requested.push(request.url),
    network(request.url)
  );
  const self = {
    location: { href: `${SITE}sw.js` },
    clients: { claim: async () => void calls.push('claim') },
    skipWaiting: async () => void calls.push('skipWaiting'),
    addEventListener: (type: string, fn: Listener) => listeners.set(type, fn),
  };
  new Function('self', 'caches', 'fetch', serviceWorkerSource(MANIFEST))(
    self,
    cacheStorage,
    fetchFn,
  );

  const lifecycle = async (type: 'install' | 'activate') => {
    let done: Promise<unknown> = Promise.resolve();
    listeners.get(type)!({ waitUntil: (p: Promise<unknown>) => (done = p) });
    await done;
  };
  /** The worker's answer to a request, or null when it leaves the request to the browser. */
  const respond = (request: FakeRequest): Promise<Response> | null => {
    let answer: Promise<Response> | null = null;
    listeners.get('fetch')!({
      request: { method: 'GET', mode: 'cors', ...request },
      respondWith: (p: Promise<Response>) => (answer = p),
    });
    return answer;
  };
  return { caches, requested, calls, lifecycle, respond };
}

const online = async (url: string) => new Response(`network ${url}`);
const offline = async (): Promise<Response> => {
  throw new TypeError('Failed to fetch');
};

/** A worker that stored the site while online, with the network then switched off. */
async function installedThenOffline() {
  let up = true;
  const worker = startWorker((url) => (up ? online(url) : offline()));
  await worker.lifecycle('install');
  await worker.lifecycle('activate');
  up = false;
  worker.requested.length = 0;
  return worker;
}

describe('serviceWorkerSource', () => {
  it('stores every listed file at install, resolved against the worker folder, then takes over', async () => {
    const worker = startWorker(online);
    await worker.lifecycle('install');
    const [name, cache] = [...worker.caches][0]!;
    expect(name).toBe('dprk-timeline:/timeline/:v2');
    expect([...cache.keys()]).toEqual([
      SITE,
      `${SITE}assets/index-abc.js`,
      `${SITE}data/events.json`,
    ]);
    expect(worker.calls).toEqual(['skipWaiting']);
  });

  it("deletes this site's older caches on activate, keeps other sites' caches, and claims the open pages", async () => {
    const caches = new Map([
      ['dprk-timeline:/timeline/:v1', new Map()],
      ['dprk-timeline:/other/:v1', new Map()],
      ['someone-else', new Map()],
    ]);
    const worker = startWorker(online, caches);
    await worker.lifecycle('install');
    await worker.lifecycle('activate');
    expect([...caches.keys()].sort()).toEqual([
      'dprk-timeline:/other/:v1',
      'dprk-timeline:/timeline/:v2',
      'someone-else',
    ]);
    expect(worker.calls).toEqual(['skipWaiting', 'claim']);
  });

  it.each([`${SITE}?from=2016-01-01&to=2018-12-31`, `${SITE}index.html?event=wannacry`, SITE])(
    'answers a page load of %s with the stored page',
    async (url) => {
      const worker = await installedThenOffline();
      expect(await (await worker.respond({ url, mode: 'navigate' }))!.text()).toBe(
        `network ${SITE}`,
      );
      expect(worker.requested).toEqual([]);
    },
  );

  it('answers stored files from the cache, ignoring the query', async () => {
    const worker = await installedThenOffline();
    expect(await (await worker.respond({ url: `${SITE}data/events.json?v=1` }))!.text()).toBe(
      `network ${SITE}data/events.json`,
    );
    expect(worker.requested).toEqual([]);
  });

  it('asks the network for a listed file that is missing from the store', async () => {
    const worker = startWorker(online);
    expect(await (await worker.respond({ url: `${SITE}assets/index-abc.js` }))!.text()).toBe(
      `network ${SITE}assets/index-abc.js`,
    );
  });

  it.each([
    ['another origin', { url: 'https://data.example.com/mine.json' }],
    ['a file that is not listed', { url: `${SITE}screenshot.png` }],
    ['a request that is not a GET', { url: `${SITE}data/events.json`, method: 'POST' }],
    ['a page outside the app', { url: `${SITE}other/page.html`, mode: 'navigate' }],
  ])('leaves %s to the browser', async (_, request) => {
    const worker = await installedThenOffline();
    expect(worker.respond(request)).toBeNull();
  });
});
