import { parseTheme, type Theme } from './theme.ts';
import { safeHref } from '../data/safeHref.ts';

/** How the app is being used, read once from the URL: the same app, with flags, never a fork. */
export interface AppMode {
  /** Embedded in another page: no site chrome, a title line and a credit line. */
  embed: boolean;
  /** Whether the search and filter controls show (always on the full site; `controls=1` in an embed). */
  controls: boolean;
  /** A theme forced by the URL (embeds), or null to use the reader's own choice. */
  theme: Theme | null;
  /** The title line of an embed, overriding the dataset's. */
  title: string | null;
  /** A dataset to load instead of the curated one. */
  dataUrl: string | null;
  /** An id for the host page's resize messages (pym.js's `childId`, or `id`). */
  frameId: string;
  /** The presenter view of a presentation, in its own window (`presenter=1`). */
  presenter: boolean;
}

const MAX_TITLE = 160;

/** Reads the mode from a query string; every value is checked and anything odd falls back safely. */
export function parseAppMode(search: string): AppMode {
  const q = new URLSearchParams(search);
  const embed = q.get('embed') === '1';
  const title = q.get('title')?.trim().slice(0, MAX_TITLE) || null;
  const id = (q.get('childId') ?? q.get('id') ?? '').replace(/[^\w-]/g, '').slice(0, 64);
  return {
    embed,
    controls: embed ? q.get('controls') === '1' : true,
    theme: q.has('theme') ? parseTheme(q.get('theme')) : null,
    title,
    dataUrl: parseDataUrl(q.get('data')),
    frameId: id || 'dprk-cyber-timeline',
    presenter: q.get('presenter') === '1',
  };
}

/** Accepts only http(s) URLs (relative ones resolve against the page); anything else is ignored. */
function parseDataUrl(value: string | null): string | null {
  return value && safeHref(value, 'https://placeholder.invalid/') ? value : null;
}

/** The same view on the full site: the URL without the embed-only parameters. */
export function fullSiteUrl(href: string): string {
  const url = new URL(href);
  for (const key of [
    'embed',
    'controls',
    'title',
    'theme',
    'childId',
    'id',
    'initialWidth',
    'parentTitle',
    'parentUrl',
  ])
    url.searchParams.delete(key);
  return url.href.replaceAll('%2C', ',');
}

/** The curated timeline with the same view: the page's path and query without `data`. */
export function curatedUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('data');
  return url.pathname + url.search;
}

/** Where a reader's data comes from, as the page says it: "this site" for its own origin, else the host. */
export function dataHost(url: string, pageHref: string): string {
  const at = new URL(url, pageHref);
  return at.origin === new URL(pageHref).origin ? 'this site' : at.host;
}
