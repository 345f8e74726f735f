import { describe, expect, it } from 'vitest';
import { sourceKind } from './sourceKinds.ts';

describe('sourceKind', () => {
  it.each([
    ['https://home.treasury.gov/news/press-releases/sm473', 'official'],
    ['https://www.justice.gov/opa/pr/some-release', 'official'],
    ['https://www.ic3.gov/PSA/2025/PSA250226', 'official'],
    ['https://press.un.org/en/2016/sc12267.doc.htm', 'official'],
    ['https://www.ncsc.gov.uk/news/some-advisory', 'official'],
    ['https://www.mofa.go.jp/press/release/some.html', 'official'],
    ['https://kr.usembassy.gov/fact-sheet/', 'official'],
  ])('calls a government, court or UN page official (%s)', (url, kind) => {
    expect(sourceKind(url)).toBe(kind);
  });

  it.each([
    'https://www.reuters.com/world/some-story',
    'https://apnews.com/article/some-story',
    'https://en.yna.co.kr/view/AEN20221007008300325',
    'https://www.bbc.co.uk/news/world-asia-pacific-13263888',
    'https://koreajoongangdaily.joins.com/news/2025-01-17/story',
    'https://nos.nl/artikel/2431071-some-story',
    'https://jatim.antaranews.com/berita/822183/some-story',
    'https://www.livemint.com/market/some-story',
    'https://editorials.voa.gov/a/some-editorial/7087539.html',
    'https://the-independent.com/news/some-story',
    'https://www.chinadailyasia.com/hknews/2016-05/26/content_15439283.html',
    'https://www.kmib.co.kr/article/view.asp?arcid=0029038756',
    'https://mphoto0.hankookilbo.com/News/Read/A2024093014060002419',
    'https://www.newsis.com/view/?cID=10301&id=NISX20240219_0002631966&pID=10300',
    'https://sedaily.com/NewsView/29YKMOY2AX',
    'https://www.hankyung.com/international/article/202204131822Y',
    'https://busan.fnnews.com/news/201911301514584623',
    'https://m.edaily.co.kr/News/Read?mediaCodeNo=257&newsId=01174246622520080',
  ])('calls a wire service, national paper or broadcaster press (%s)', (url) => {
    expect(sourceKind(url)).toBe('press');
  });

  it('calls Voice of America’s Korean service press, on its own site and its content system', () => {
    expect(sourceKind('https://www.voakorea.com/a/7921377.html')).toBe('press');
    expect(sourceKind('https://voa.pangea-cms.com/preview/ko-KR/a/7813890.html')).toBe('press');
    expect(sourceKind('https://rferl.pangea-cms.com/a/1.html')).toBe('other');
  });

  it('calls a victim’s own site victim', () => {
    expect(sourceKind('https://announcements.bybit.com/article/incident-update')).toBe('victim');
    expect(sourceKind('https://coinex.medium.com/coinex-updates-on-recent-hot-wallets-hack')).toBe(
      'victim',
    );
  });

  it('calls a victim’s post-mortem on its own Medium publication victim', () => {
    expect(
      sourceKind('https://playdapp.medium.com/playdapp-post-mortem-on-the-hacking-incident'),
    ).toBe('victim');
    expect(sourceKind('https://medium.com/orbit-chain/official-statement-regarding-exploit')).toBe(
      'victim',
    );
    expect(sourceKind('https://medium.com/orbit-chain-fans/post')).toBe('other');
  });

  it('counts NK News as the victim only for its account of the attempts on its own staff', () => {
    expect(
      sourceKind(
        'https://www.nknews.org/2021/10/north-korean-hackers-likely-behind-barrage-of-cyberattacks-against-journalists/',
      ),
    ).toBe('victim');
    expect(sourceKind('https://www.nknews.org/2023/05/north-korean-hackers-targeted-rok/')).toBe(
      'other',
    );
  });

  it('counts a software maker’s own advisory on an exploited flaw in its product as victim', () => {
    expect(
      sourceKind('https://helpx.adobe.com/security/products/flash-player/apsa18-01.html'),
    ).toBe('victim');
    expect(
      sourceKind(
        'https://chromereleases.googleblog.com/2022/02/stable-channel-update-for-desktop_14.html',
      ),
    ).toBe('victim');
    expect(sourceKind('https://helpx.adobe.com/photoshop/using/layers.html')).toBe('other');
    expect(sourceKind('https://security.googleblog.com/2022/03/some-post.html')).toBe('other');
  });

  it('matches a victim listed with a path only under that path of a shared host', () => {
    expect(sourceKind('https://medium.com/@RadiantCapital/radiant-post-mortem-fecd6cd38081')).toBe(
      'victim',
    );
    expect(sourceKind('https://medium.com/@someone-else/radiant-post-mortem')).toBe('other');
    expect(sourceKind('https://medium.com/@RadiantCapitalFan/post')).toBe('other');
  });

  it('calls a researcher’s own page research', () => {
    expect(sourceKind('https://www.chainalysis.com/blog/some-report/')).toBe('research');
  });

  it('judges a copy by the site that holds it, not by the publisher it copies', () => {
    expect(sourceKind('https://fraser.stlouisfed.org/title/treasury-press-release')).toBe('other');
    expect(sourceKind('https://www.finanznachrichten.de/nachrichten-2025-01/reuters.htm')).toBe(
      'other',
    );
  });

  it('matches whole domain labels only, so a look-alike host is not official', () => {
    expect(sourceKind('https://nottreasury.gov.example.com/x')).toBe('other');
    expect(sourceKind('https://faketreasury.gov/x')).toBe('other');
    expect(sourceKind('https://treasury.gov.evil.com/x')).toBe('other');
  });

  it('calls anything that is not an http(s) URL other', () => {
    expect(sourceKind('not a url')).toBe('other');
    expect(sourceKind('javascript:alert(1)')).toBe('other');
    expect(sourceKind('ftp://treasury.gov/x')).toBe('other');
  });
});
