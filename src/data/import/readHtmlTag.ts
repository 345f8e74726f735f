import { decodeAttribute } from './decodeEntities.ts';

/*
 * The pieces of an HTML tokenizer that htmlToText needs, following how browsers read tags: quoted
 * attribute values may hold ">", and a tag or comment cut off by the end of the input hides the rest.
 */

/** A start or end tag, with its attributes decoded. */
export interface HtmlTag {
  name: string;
  closing: boolean;
  attrs: Map<string, string>;
  /** Index just after the tag's ">". */
  end: number;
}

/** Where a comment, doctype or processing instruction at `lt` ends, or null when there is none. */
export function skipHtmlMarkup(html: string, lt: number): number | null {
  const end = (marker: string, from: number) => {
    const at = html.indexOf(marker, from);
    return at < 0 ? html.length : at + marker.length;
  };
  if (html.startsWith('<!--', lt)) return end('-->', lt + 4);
  if (html[lt + 1] === '!' || html[lt + 1] === '?') return end('>', lt + 2);
  return null;
}

/** Reads the tag at `lt`, honouring quoted attribute values (a ">" inside quotes does not end it). */
export function readHtmlTag(html: string, lt: number): HtmlTag | null {
  const head = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(lt, lt + 64));
  if (!head) return null;
  const attrs = new Map<string, string>();
  const attr = /\s*([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s>]*)))?|\s*\/|\s*>|[^]/y;
  attr.lastIndex = lt + head[0].length;
  for (let m = attr.exec(html); m; m = attr.exec(html)) {
    if (m[0].endsWith('>') && m[1] === undefined)
      return { name: head[2]!.toLowerCase(), closing: head[1] === '/', attrs, end: attr.lastIndex };
    const name = m[1]?.toLowerCase();
    if (name && !attrs.has(name)) attrs.set(name, decodeAttribute(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return { name: head[2]!.toLowerCase(), closing: head[1] === '/', attrs, end: html.length };
}

/** The index just after the closing tag of an element whose content is skipped, such as <script>, or the end of the input. */
export function endOfRawText(html: string, name: string, from: number): number {
  const close = new RegExp(`</${name}(?=[\\s/>]|$)`, 'gi');
  close.lastIndex = from;
  const m = close.exec(html);
  if (!m) return html.length;
  const gt = html.indexOf('>', m.index);
  return gt < 0 ? html.length : gt + 1;
}
