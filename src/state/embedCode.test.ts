import { describe, expect, it } from 'vitest';
import { embedCode, embedUrl } from './embedCode.ts';

const page =
  'https://site.example/t/?from=2016-01-01&to=2018-12-31&cat=theft,sanction&event=bangladesh-bank-heist';
const options = {
  theme: 'auto' as const,
  controls: false,
  height: 600,
  title: 'Heists & sanctions, 2016–2018',
};

describe('embedUrl', () => {
  it('keeps the chosen view and adds the embed flag', () => {
    expect(embedUrl(page, options)).toBe(`${page}&embed=1`);
  });
  it('adds the controls and a forced theme when chosen', () => {
    expect(embedUrl(page, { ...options, controls: true, theme: 'dark' })).toBe(
      `${page}&embed=1&controls=1&theme=dark`,
    );
  });
});

describe('embedCode', () => {
  const code = embedCode(page, options);
  it('is a full-width iframe with a title and an aria-label', () => {
    expect(code).toMatch(/^<iframe src="https:\/\/site\.example\/t\/\?from=2016-01-01&amp;to=/);
    expect(code).toContain(
      'title="Heists &amp; sanctions, 2016–2018" aria-label="Heists &amp; sanctions, 2016–2018"',
    );
    expect(code).toContain('style="width:100%;border:0" height="600"');
  });
  it('ends with the resize script that listens for height messages', () => {
    expect(code).toContain('datawrapper-height');
    expect(code.trim()).toMatch(/<\/script>$/);
  });
  it('keeps the height within sensible bounds', () => {
    expect(embedCode(page, { ...options, height: 5 })).toContain('height="200"');
    expect(embedCode(page, { ...options, height: Number.NaN })).toContain('height="600"');
  });
  it('cannot be broken out of by a title with quotes and tags', () => {
    expect(embedCode(page, { ...options, title: '"><script>alert(1)</script>' })).not.toContain(
      '"><script>alert',
    );
  });
});
