import { safeHref } from '../safeHref.ts';
import { decodeEntities } from './decodeEntities.ts';
import { endOfRawText, readHtmlTag, skipHtmlMarkup } from './readHtmlTag.ts';
import { truncateText } from '../truncateText.ts';

/** A link found in HTML: its visible text and its absolute http(s) URL. */
export interface Link {
  text: string;
  url: string;
}

/** HTML turned into plain text, with the safe links it contained. */
export interface PlainText {
  text: string;
  links: Link[];
}

// Elements whose content is code or hidden markup, never text a reader should see.
const DROP_CONTENT = new Set(['script', 'style', 'template', 'noscript', 'iframe']);
const LINE_BREAK = new Set(['br', 'li', 'tr', 'div', 'dt', 'dd', 'hr']);
// Paragraph breaks are marked apart from line breaks so that "</li><li>" gives one line break
// while "</p><p>" gives one blank line.
const PARAGRAPH = '\u2029';
const PARAGRAPH_BREAK = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'ul',
  'ol',
  'table',
  'pre',
  'figure',
]);

/** A link whose closing tag has not come yet: its URL if safe, and where its text starts in the output. */
interface OpenLink {
  url: string | null;
  from: number;
}

/**
 * Turns untrusted HTML into plain text without a DOM: tags are dropped, entities decoded, script
 * and style content removed, and paragraphs and <br> become line breaks. Links come back apart,
 * only when their URL is absolute http: or https: (javascript:, data: and the like are dropped).
 */
export function htmlToText(html: string): PlainText {
  const out: string[] = [];
  const links: Link[] = [];
  let link: OpenLink | null = null;
  const closeLink = (open: OpenLink) => {
    const text = tidy(out.slice(open.from).join('')).replace(/\s+/g, ' ');
    if (open.url && !links.some((l) => l.url === open.url)) links.push({ text, url: open.url });
  };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const stop = lt < 0 ? html.length : lt;
    // As in a browser, white space in the source (newlines included) is one space.
    if (stop > i) out.push(decodeEntities(html.slice(i, stop).replace(/\s+/g, ' ')));
    if (lt < 0) break;
    const skipTo = skipHtmlMarkup(html, lt);
    const tag = skipTo === null ? readHtmlTag(html, lt) : null;
    if (!tag) {
      // A "<" that starts no tag is text, as in "1 < 2".
      if (skipTo === null) out.push('<');
      i = skipTo ?? lt + 1;
      continue;
    }
    i =
      !tag.closing && DROP_CONTENT.has(tag.name) ? endOfRawText(html, tag.name, tag.end) : tag.end;
    if (tag.name === 'a') {
      if (link) closeLink(link);
      const href = tag.attrs.get('href');
      link = tag.closing ? null : { url: href ? safeHref(href) : null, from: out.length };
    }
    if (LINE_BREAK.has(tag.name)) out.push('\n');
    if (PARAGRAPH_BREAK.has(tag.name)) out.push(PARAGRAPH);
  }
  if (link) closeLink(link);
  return { text: tidy(out.join('')), links };
}

/** HTML as one line of plain text of at most `max` characters, for titles and labels. */
export function htmlToLine(html: string, max: number): string {
  return oneLine(htmlToText(html).text, max);
}

/** Text already out of HTML (htmlToText's), as one line of at most `max` characters. */
export function oneLine(text: string, max: number): string {
  return truncateText(text.replace(/\s+/g, ' '), max);
}

/** Folds spaces, keeps at most one line break in a row and turns paragraph marks into one blank line. */
function tidy(text: string): string {
  return text
    .replace(/[ \t\f\r]+/g, ' ')
    .replace(/ *\n[\n ]*/g, '\n')
    .replace(/[\n ]*\u2029[\n \u2029]*/g, '\n\n')
    .trim();
}
