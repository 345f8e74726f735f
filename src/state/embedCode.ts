import type { Theme } from './theme.ts';
import { escapeMarkup } from '../data/escapeMarkup.ts';

/** What the journalist chose in the Share dialog. */
export interface EmbedOptions {
  theme: Theme;
  controls: boolean;
  /** Initial height in CSS pixels; the resize script then follows the content. */
  height: number;
  title: string;
}

/** The embed URL for the current view: the page's own URL with the embed flags set. */
export function embedUrl(pageHref: string, options: EmbedOptions): string {
  const url = new URL(pageHref);
  url.searchParams.set('embed', '1');
  if (options.controls) url.searchParams.set('controls', '1');
  else url.searchParams.delete('controls');
  if (options.theme !== 'auto') url.searchParams.set('theme', options.theme);
  else url.searchParams.delete('theme');
  return url.href.replaceAll('%2C', ',');
}

/**
 * The optional resize script: it listens for the embed's Datawrapper-format height messages and
 * sets the height of the iframe that sent them. Tiny, no dependencies, no tracking.
 */
export const RESIZE_SCRIPT =
  '<script>window.addEventListener("message",function(e){var d=e.data&&e.data["datawrapper-height"];if(!d)return;' +
  'var f=document.getElementsByTagName("iframe");for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source)' +
  'for(var k in d)f[i].style.height=d[k]+"px"})</script>';

/** The HTML to paste into an article: a titled, full-width iframe and the optional resize script. */
export function embedCode(pageHref: string, options: EmbedOptions): string {
  const title = escapeMarkup(options.title);
  const height = Math.max(200, Math.min(3000, Math.round(options.height) || 600));
  return (
    `<iframe src="${escapeMarkup(embedUrl(pageHref, options))}" title="${title}" aria-label="${title}" ` +
    `style="width:100%;border:0" height="${height}" loading="lazy"></iframe>\n${RESIZE_SCRIPT}`
  );
}
