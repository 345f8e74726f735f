import { describe, expect, it } from 'vitest';
import { htmlToLine, htmlToText } from './htmlToText.ts';

describe('htmlToText', () => {
  it.each([
    ['plain text', 'Plain text', 'Plain text'],
    [
      'tags',
      '<p>Hackers <strong>wiped</strong> <em>computers</em>.</p>',
      'Hackers wiped computers.',
    ],
    [
      'entities',
      'Sony Pictures &amp; the &quot;Guardians of Peace&quot;',
      'Sony Pictures & the "Guardians of Peace"',
    ],
    [
      '<br> as a line break',
      'First line<br>second line<br/>third',
      'First line\nsecond line\nthird',
    ],
    ['paragraphs as a blank line', '<p>One.</p><p>Two.</p>', 'One.\n\nTwo.'],
    ['source newlines as spaces', 'Waves of\n   DDoS attacks', 'Waves of DDoS attacks'],
    ['script content', 'Before<script>alert("x")</script>after', 'Beforeafter'],
    ['style content', '<style>p { color: red }</style>Styled', 'Styled'],
    ['a script tag that never closes', 'Safe text<script>alert(1)', 'Safe text'],
    ['a closing script tag in other case', 'a<SCRIPT type="x">bad()</ScRiPt >b', 'ab'],
    ['comments', 'Visible<!-- hidden <b>note</b> -->text', 'Visibletext'],
    ['a ">" inside a quoted attribute', '<a title="a > b">Link</a> text', 'Link text'],
    ['a "<" that starts no tag', '1 < 2 and 3 <= 4', '1 < 2 and 3 <= 4'],
    [
      'an encoded tag, which stays text',
      '&lt;script&gt;alert(1)&lt;/script&gt;',
      '<script>alert(1)</script>',
    ],
    [
      'iframe, noscript and template content',
      '<iframe>x</iframe><noscript>y</noscript><template>z</template>Shown',
      'Shown',
    ],
    ['list items as lines', '<ul><li>Sony</li>\n  <li>WannaCry</li></ul>', 'Sony\nWannaCry'],
    [
      'a heading, paragraphs and breaks together',
      '<h2>Title</h2>\n<p>One<br><br></p><div>Two</div>',
      'Title\n\nOne\n\nTwo',
    ],
  ])('handles %s', (_, html, text) => {
    expect(htmlToText(html).text).toBe(text);
  });

  it('returns http and https links with their text', () => {
    const { text, links } = htmlToText(
      '<p>See <a href="https://example.org/a?x=1&amp;y=2">the report</a> and <a href=\'http://example.com\'>this</a>.</p>',
    );
    expect(text).toBe('See the report and this.');
    expect(links).toEqual([
      { text: 'the report', url: 'https://example.org/a?x=1&y=2' },
      { text: 'this', url: 'http://example.com/' },
    ]);
  });

  it.each([
    ['javascript:', '<a href="javascript:alert(1)">click</a>'],
    [
      'javascript: hidden by a tab and entities',
      '<a href="java&#9;script&colon;alert(1)">click</a>',
    ],
    ['javascript: in capitals with spaces', '<a href="  JavaScript:alert(1)">click</a>'],
    ['data:', '<a href="data:text/html;base64,PHNjcmlwdD4=">click</a>'],
    ['vbscript:', '<a href="vbscript:msgbox(1)">click</a>'],
    ['a relative URL', '<a href="/relative/page">click</a>'],
  ])('drops a %s link but keeps its text', (_, html) => {
    expect(htmlToText(html)).toEqual({ text: 'click', links: [] });
  });

  it('returns no link for an anchor without href', () => {
    expect(htmlToText('<a name="top">Top</a>')).toEqual({ text: 'Top', links: [] });
  });

  it('returns a link once even when it appears twice', () => {
    expect(
      htmlToText('<a href="https://a.org/">one</a> <a href="https://a.org/">two</a>').links,
    ).toEqual([{ text: 'one', url: 'https://a.org/' }]);
  });

  it('closes a link left open at the end of the text', () => {
    expect(htmlToText('<a href="https://a.org/">open').links).toEqual([
      { text: 'open', url: 'https://a.org/' },
    ]);
  });
});

describe('htmlToLine', () => {
  it('flattens HTML to one line and shortens it', () => {
    expect(htmlToLine('<p>North Korea</p><p>&amp; crypto</p>', 15)).toBe('North Korea &…');
  });
});
