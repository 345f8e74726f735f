/**
 * What kind of publisher a source URL belongs to, judged from its host alone. The lists are data:
 * a publisher is added here once, with its domain, and every event that cites it is counted the
 * same way. A copy on another site (an aggregator, a mirror) is judged by the copy's host, so it
 * never counts as the original publisher.
 */
export type SourceKind = 'official' | 'press' | 'victim' | 'research' | 'other';

/** Governments, their agencies, courts and intergovernmental bodies. */
export const OFFICIAL_DOMAINS: readonly string[] = [
  // United States: departments, agencies, courts, embassies, the Federal Register
  ...['treasury.gov', 'justice.gov', 'fbi.gov', 'ic3.gov', 'cisa.gov', 'us-cert.gov', 'state.gov'],
  ...['whitehouse.gov', 'dni.gov', 'defense.gov', 'nsa.gov', 'congress.gov', 'fincen.gov'],
  ...['federalregister.gov', 'govinfo.gov', 'uscourts.gov', 'usembassy.gov', 'usmission.gov'],
  ...['sec.gov', 'cftc.gov', 'archives.gov', 'nj.gov'],
  // United Nations and other intergovernmental bodies
  ...['un.org', 'undocs.org', 'europa.eu', 'msmt.info', 'g7germany.de', 'nato.int'],
  // United Kingdom, Australia, New Zealand, Canada
  ...['gov.uk', 'ncsc.gov.uk', 'gov.au', 'govt.nz', 'gc.ca', 'canada.ca'],
  // Republic of Korea and Japan
  ...['go.kr', 'go.jp'],
  // other governments cited in the record
  ...[
    'gov.sg',
    'gov.ua',
    'gob.mx',
    'gob.cl',
    'bb.org.bd',
    'gov.ph',
    'gov.vn',
    'mfa.gov.cn',
    'gouv.fr',
    'gov.pl',
  ],
];

/**
 * Outlets of record: wire services, national newspapers and national broadcasters (public
 * international broadcasters such as VOA, RFA, RFE/RL and DW included).
 */
export const PRESS_DOMAINS: readonly string[] = [
  // wire services
  ...['reuters.com', 'apnews.com', 'afp.com', 'bloomberg.com', 'upi.com', 'yna.co.kr'],
  ...['yonhapnews.co.kr', 'kyodonews.net', 'jiji.com', 'efe.com', 'aa.com.tr', 'tass.com'],
  ...['news.cn', 'xinhuanet.com', 'kuna.net.kw', 'aap.com.au', 'pna.gov.ph', 'focustaiwan.tw'],
  // United States
  ...['nytimes.com', 'washingtonpost.com', 'wsj.com', 'usatoday.com', 'latimes.com', 'npr.org'],
  ...['washingtontimes.com', 'politico.com', 'cnbc.com', 'cnn.com', 'nbcnews.com', 'cbsnews.com'],
  ...['abcnews.go.com', 'pbs.org', 'time.com', 'newsweek.com', 'voanews.com', 'rfa.org'],
  ...['rferl.org', 'voa.gov', 'voakorea.com'],
  // VOA's own content system, where its Korean service's stories are also served: VOA's host
  'voa.pangea-cms.com',
  // United Kingdom, Ireland, Europe
  ...['bbc.co.uk', 'bbc.com', 'theguardian.com', 'ft.com', 'independent.co.uk', 'telegraph.co.uk'],
  ...['thetimes.co.uk', 'irishtimes.com', 'dw.com', 'france24.com', 'politico.eu', 'lemonde.fr'],
  ...['economist.com', 'timesofmalta.com', 'spiegel.de', 'handelsblatt.com', 'lbc.co.uk'],
  ...['rtvslo.si', 'uatv.ua', 'nos.nl', 'the-independent.com'],
  // Asia-Pacific
  ...['koreaherald.com', 'koreajoongangdaily.joins.com', 'joongang.co.kr', 'donga.com'],
  ...['chosun.com', 'koreatimes.co.kr', 'hani.co.kr', 'asiae.co.kr', 'kbs.co.kr', 'ytn.co.kr'],
  ...['kmib.co.kr', 'hankookilbo.com', 'newsis.com', 'sedaily.com', 'hankyung.com', 'fnnews.com'],
  ...['edaily.co.kr'],
  ...['arirang.com', 'mk.co.kr', 'japantimes.co.jp', 'yomiuri.co.jp', 'asahi.com', 'mainichi.jp'],
  ...['nikkei.com', 'nhk.or.jp', 'nippon.com', 'scmp.com', 'straitstimes.com', 'taipeitimes.com'],
  ...['channelnewsasia.com', 'businesstimes.com.sg', 'thestar.com.my', 'abc.net.au', 'smh.com.au'],
  ...['theaustralian.com.au', 'nzherald.co.nz', 'rnz.co.nz', 'radionz.co.nz', 'cbc.ca'],
  ...['nationalpost.com', 'theglobeandmail.com', 'chinadaily.com.cn', 'chinadailyasia.com'],
  // South Asia, Middle East, Latin America
  ...['thehindu.com', 'hindustantimes.com', 'indianexpress.com', 'business-standard.com'],
  ...['financialexpress.com', 'economictimes.indiatimes.com', 'timesofindia.indiatimes.com'],
  ...['theweek.in', 'dawn.com', 'thenews.com.pk', 'thedailystar.net', 'theindependentbd.com'],
  ...['livemint.com', 'cnbctv18.com', 'antaranews.com', 'fnnewsglobal.com'],
  ...['jpost.com', 'haaretz.com'],
  ...['aljazeera.com', 'eluniversal.com.mx', 'latercera.com', 'emol.com', 'elcomercio.com'],
  ...['thisdaylive.com'],
];

/** Victims' own statements: their sites, blogs and accounts (a host, or a host and path prefix). */
export const VICTIM_SITES: readonly string[] = [
  ...['sonypictures.com', 'bithumb.com', 'upbit.com', 'coincheck.com', 'nicehash.com'],
  ...['roninchain.com', 'axieinfinity.substack.com', 'harmony.one', 'atomicwallet.io'],
  ...['coinspaid.com', 'stake.com', 'coinex.com', 'poloniex.com', 'htx.com', 'dmm-bitcoin.com'],
  ...['wazirx.com', 'bingx.com', 'radiant.capital', 'phemex.com', 'bybit.com', 'jumpcloud.com'],
  ...['3cx.com', 'cyberlink.com', 'kucoin.com', 'bancochile.cl', 'medium.com/@RadiantCapital'],
  ...['coinex.medium.com', 'playdapp.medium.com', 'medium.com/orbit-chain'],
  // NK News on the attempts to hack its own staff: the victim's account, not its reporting in general
  'nknews.org/2021/10/north-korean-hackers-likely-behind-barrage-of-cyberattacks-against-journalists',
  // A software maker's own advisory that a flaw in its product was exploited in the wild: the maker
  // whose product was attacked is the one that acted (it confirmed the exploit and patched it).
  // Counted deliberately, for these advisory channels only, not the makers' sites in general;
  // such an advisory supports the exploit, never who exploited it.
  ...['helpx.adobe.com/security', 'chromereleases.googleblog.com'],
];

/** Security researchers: the primary record of their own reports, and only of those. */
export const RESEARCH_DOMAINS: readonly string[] = [
  ...['mandiant.com', 'fireeye.com', 'cloud.google.com', 'blog.google', 'recordedfuture.com'],
  ...['chainalysis.com', 'elliptic.co', 'trmlabs.com', 'kaspersky.com', 'securelist.com'],
  ...['microsoft.com', 'eset.com', 'welivesecurity.com', 'novetta.com', 'crowdstrike.com'],
  ...['symantec.com', 'broadcom.com', 'paloaltonetworks.com', 'unit42.paloaltonetworks.com'],
  ...['baesystems.com', 'ahnlab.com', 'asec.ahnlab.com', 'trendmicro.com', 'sentinelone.com'],
];

/** True when `pattern` (a domain, or a domain and path prefix) covers the URL. */
function covers(pattern: string, host: string, path: string): boolean {
  const slash = pattern.indexOf('/');
  const domain = slash < 0 ? pattern : pattern.slice(0, slash);
  if (host !== domain && !host.endsWith(`.${domain}`)) return false;
  return slash < 0 || `${path}/`.toLowerCase().startsWith(`${pattern.slice(slash)}/`.toLowerCase());
}

/** The kind of a source URL; anything that is not an http(s) URL is 'other'. */
export function sourceKind(url: string): SourceKind {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'other';
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return 'other';
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  const path = u.pathname.replace(/\/$/, '');
  const on = (list: readonly string[]) => list.some((p) => covers(p, host, path));
  if (on(OFFICIAL_DOMAINS)) return 'official';
  if (on(PRESS_DOMAINS)) return 'press';
  if (on(VICTIM_SITES)) return 'victim';
  if (on(RESEARCH_DOMAINS)) return 'research';
  return 'other';
}
