import { describe, expect, it } from 'vitest';
import { curatedUrl, dataHost, firstView, fullSiteUrl, parseAppMode } from './appMode.ts';

describe('parseAppMode', () => {
  it('is the full site by default, with controls and no forced theme', () => {
    expect(parseAppMode('')).toEqual({
      embed: false,
      controls: true,
      theme: null,
      title: null,
      dataUrl: null,
      frameId: 'dprk-cyber-timeline',
      presenter: false,
    });
  });

  it('reads the presenter view of a presentation', () => {
    expect(parseAppMode('?story=sony-to-wannacry&presenter=1').presenter).toBe(true);
  });

  it('reads an embed with its options', () => {
    expect(
      parseAppMode('?embed=1&controls=1&theme=dark&title=Heists%202016&childId=chart-1'),
    ).toMatchObject({
      embed: true,
      controls: true,
      theme: 'dark',
      title: 'Heists 2016',
      frameId: 'chart-1',
    });
  });

  it('hides the filter controls in an embed unless asked', () => {
    expect(parseAppMode('?embed=1').controls).toBe(false);
  });

  it.each([
    ['a javascript: URL', 'javascript:alert(1)', null],
    ['a data: URL', 'data:application/json,{}', null],
    ['an https URL', 'https://example.org/my.json', 'https://example.org/my.json'],
    ['a relative path', 'my-data.csv', 'my-data.csv'],
  ])('accepts only http(s) datasets: %s', (_, data, expected) => {
    expect(parseAppMode(`?data=${encodeURIComponent(data)}`).dataUrl).toBe(expected);
  });

  it('treats an unknown theme as auto and strips odd characters from the frame id', () => {
    expect(parseAppMode('?theme=neon&id=<b>x</b>')).toMatchObject({
      theme: 'auto',
      frameId: 'bxb',
    });
  });

  it('cuts a very long title', () => {
    expect(parseAppMode(`?title=${'x'.repeat(500)}`).title).toHaveLength(160);
  });
});

describe('fullSiteUrl', () => {
  it('keeps the view and drops the embed-only parameters', () => {
    expect(
      fullSiteUrl(
        'https://site.example/t/?embed=1&from=2016-01-01&to=2018-12-31&cat=theft,sanction&controls=0&title=X&childId=c1',
      ),
    ).toBe('https://site.example/t/?from=2016-01-01&to=2018-12-31&cat=theft,sanction');
  });
});

describe('curatedUrl', () => {
  it("keeps the view and drops the reader's data", () => {
    expect(
      curatedUrl('https://site.example/t/?data=https%3A%2F%2Fx.org%2Fa.csv&from=2016-01-01'),
    ).toBe('/t/?from=2016-01-01');
  });
});

describe('dataHost', () => {
  it.each([
    ['a relative file', 'mine/events.json', 'this site'],
    ['a file on the same origin', 'https://site.example/data/a.csv', 'this site'],
    ['a file elsewhere', 'https://data.example.org:8080/a.csv', 'data.example.org:8080'],
  ])('names %s', (_, url, host) => {
    expect(dataHost(url, 'https://site.example/t/?data=x')).toBe(host);
  });
});

describe('firstView', () => {
  it('opens a phone on the list and a wider screen on the timeline', () => {
    expect(firstView(true, false)).toBe('list');
    expect(firstView(false, false)).toBe('timeline');
  });

  it('opens an embed on the timeline however narrow its frame is', () => {
    expect(firstView(true, true)).toBe('timeline');
  });
});
