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

/** Below this width a page opens on the list of events rather than the chart. */
export const NARROW_QUERY = '(max-width: 639px)';

/**
 * The view a page opens on when its URL has no `show`: on a phone the list, which reads better
 * than a chart 390 px wide; elsewhere the timeline. An embed always opens on the timeline,
 * whatever its width: a journalist embeds a chart, and a 500 px column must not get a list of
 * every event, as tall as the record is long.
 */
export function firstView(narrow: boolean, embed: boolean): 'list' | 'timeline' {
  return narrow && !embed ? 'list' : 'timeline';
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
