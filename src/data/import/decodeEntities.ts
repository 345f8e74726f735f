import { decodeHTML, decodeHTMLAttribute } from 'entities/decode';

/*
 * HTML character references decoded as browsers do, with the `entities` package: it knows all
 * 2,000+ names of the HTML table (a hand-written table knew 95) and looks names up in a trie, never
 * in a plain object, so "&constructor;" is not found on Object.prototype.
 */

/** Decodes the character references (&amp;, &#8217;, &eacute;) in HTML text. */
export function decodeEntities(text: string): string {
  return decodeHTML(text);
}

/** Decodes the character references in an attribute value ("?a=1&copy=2" keeps its "&copy"). */
export function decodeAttribute(value: string): string {
  return decodeHTMLAttribute(value);
}
