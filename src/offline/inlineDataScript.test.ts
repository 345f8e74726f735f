import { describe, expect, it } from 'vitest';
import { inlineDataScript } from './inlineDataScript.ts';

describe('inlineDataScript', () => {
  const files = {
    'data/events.json': '{"summary":"</script><script>alert(1)</script> <!-- x"}',
    'data/stories/index.json': '{"stories":[]}',
  };
  const html = inlineDataScript(files);

  it('writes one JSON script element with the id fetchData reads', () => {
    expect(html).toMatch(/^<script type="application\/json" id="inline-data">[^<]*<\/script>$/);
  });

  it('keeps "</script>" and "<!--" in the data from ending the element, and reads back unchanged', () => {
    const body = html.slice(html.indexOf('>') + 1, html.lastIndexOf('</script>'));
    expect(body).not.toContain('<');
    expect(JSON.parse(body)).toEqual(files);
  });
});
