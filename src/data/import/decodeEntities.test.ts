import { describe, expect, it } from 'vitest';
import { decodeAttribute, decodeEntities } from './decodeEntities.ts';

describe('decodeEntities', () => {
  it.each([
    ['Sony Pictures &amp; Lazarus', 'Sony Pictures & Lazarus'],
    ['&lt;b&gt; is not a tag', '<b> is not a tag'],
    ['Kim&#8217;s &#x201C;army&#x201d;', 'Kim’s “army”'],
    ['$81&nbsp;million', '$81\u00A0million'],
    ['S&atilde;o Paulo &ndash; Z&uuml;rich', 'São Paulo – Zürich'],
    ['AT&T and &unknown; stay', 'AT&T and &unknown; stay'],
    ['&#0; &#xD800; &#99999999;', '\uFFFD \uFFFD \uFFFD'],
    ['&Zcaron;ilina &rightleftharpoons; &fjlig;', 'Žilina ⇌ fj'],
  ])('decodes %j as %j', (text, expected) => {
    expect(decodeEntities(text)).toBe(expected);
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])(
    'leaves "&%s;" as written instead of finding it on Object.prototype',
    (name) => {
      expect(decodeEntities(`A &${name}; B`)).toBe(`A &${name}; B`);
    },
  );

  it('keeps a legacy name followed by "=" in an attribute, as browsers do', () => {
    expect(decodeAttribute('https://example.org/?a=1&copy=2&amp;b')).toBe(
      'https://example.org/?a=1&copy=2&b',
    );
  });
});
