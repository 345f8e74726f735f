import { describe, expect, it } from 'vitest';
import { decodeEntities } from './decodeEntities.ts';

describe('decodeEntities', () => {
  it.each([
    ['Sony Pictures &amp; Lazarus', 'Sony Pictures & Lazarus'],
    ['&lt;b&gt; is not a tag', '<b> is not a tag'],
    ['Kim&#8217;s &#x201C;army&#x201d;', 'Kim’s “army”'],
    ['$81&nbsp;million', '$81 million'],
    ['S&atilde;o Paulo &ndash; Z&uuml;rich', 'São Paulo – Zürich'],
    ['AT&T and &unknown; stay', 'AT&T and &unknown; stay'],
    ['&#0; &#xD800; &#99999999;', '\uFFFD \uFFFD \uFFFD'],
  ])('decodes %j as %j', (text, expected) => {
    expect(decodeEntities(text)).toBe(expected);
  });
});
