/** A source as the curated data writes it. */
export interface SyntheticSource {
  title: string;
  publisher: string;
  url: string;
  date: string;
}

/** One event in the site's native format, with every field a curated event has. */
export interface SyntheticEvent {
  id: string;
  title: string;
  start: string;
  end?: string;
  category: string;
  summary: string;
  actors: string[];
  countries: string[];
  tags: string[];
  amountUsd?: number;
  confidence: string;
  sources: SyntheticSource[];
}

/** The actors the events name, declared as a native file declares its own. */
const ACTORS = ['lazarus-group', 'apt38', 'andariel', 'kimsuky', 'apt37', 'tradertraitor'].map(
  (id) => ({
    id,
    name: id,
    kind: 'group',
    description: `Synthetic actor ${id}, declared for the benchmark.`,
    sources: [
      { title: 'Synthetic', publisher: 'Bench', url: 'https://example.org/actor', date: '2020' },
    ],
  }),
);
const PUBLISHERS = ['Reuters', 'AP', 'Treasury', 'Yonhap'];
const HOSTS = ['www.reuters.com', 'apnews.com', 'home.treasury.gov', 'en.yna.co.kr'];
const COUNTRIES = ['KR', 'US', 'JP', 'BD', 'VN', 'GB', 'IN', 'KP'];
const TAGS = ['swift', 'bridge', 'exchange', 'ransomware', 'phishing', 'sanctions', 'defi'];
const CONFIDENCE = ['confirmed', 'attributed', 'suspected'];
const FILLER =
  'Investigators said the intrusion began weeks earlier with a spear-phishing message to an ' +
  'employee, after which the attackers moved through the network, studied its payment ' +
  'procedures and waited for a holiday weekend before acting. Officials later named the group ' +
  'and announced measures against the people and firms that laundered the proceeds.';

const CATEGORIES = [
  'cyberattack',
  'theft',
  'attribution',
  'sanction',
  'legal',
  'diplomacy',
  'weapons',
  'report',
] as const;

import { DAY } from '../../src/data/day.ts';

const FIRST_DAY = Date.UTC(1985, 0, 1);
const LAST_DAY = Date.UTC(2025, 11, 31);
// About a third of curated events have an end date.
const RANGE_SHARE = 1 / 3;

// Word lists give titles of varied lengths (about 20 to 60 characters), like the curated ones,
// so label placement has realistic work to do.
const SUBJECTS = [
  'Lazarus',
  'APT38',
  'Andariel',
  'Kimsuky',
  'APT37',
  'TraderTraitor',
  'Unknown group',
  'IT workers',
];
const VERBS = [
  'hits',
  'drains',
  'is named in',
  'is sanctioned over',
  'is charged over',
  'targets',
  'probes',
  'is linked to',
];
const OBJECTS = [
  'an exchange',
  'a central bank',
  'a defence contractor',
  'a crypto bridge',
  'a news agency',
  'a ministry',
  'a shipping firm',
  'a hospital network',
];

/** Mulberry32: a tiny seeded PRNG, so every run and every machine gets the same datasets. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * `count` events spread uniformly over 1985-2025, sorted by start, about a third of them ranges of
 * 2 to 120 days, each with what a curated event carries: a 150-400 character summary, 1 to 5
 * sources, actors, countries, tags, a confidence and, for most thefts, an amount (about 500
 * bytes of JSON an event, so 100,000 events make about 50 MB). The same count and seed always give the same events.
 */
export function syntheticEvents(
  count: number,
  seed = 20_251_126,
): { events: SyntheticEvent[]; actors: typeof ACTORS } {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const days = Math.floor((LAST_DAY - FIRST_DAY) / DAY);
  const drafts = Array.from({ length: count }, () => {
    const start = FIRST_DAY + Math.floor(random() * days) * DAY;
    const length = random() < RANGE_SHARE ? 2 + Math.floor(random() * 119) : 0;
    const category = pick(CATEGORIES);
    const words = `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}`;
    return {
      start,
      end: length ? Math.min(start + length * DAY, LAST_DAY) : undefined,
      category,
      words,
    };
  });
  drafts.sort((a, b) => a.start - b.start);
  const width = String(count).length;
  const events = drafts.map((d, i): SyntheticEvent => {
    const n = String(i + 1).padStart(width, '0');
    const day = isoDay(d.start);
    // 150 to 400 characters, most of them short, like the curated summaries.
    const summary = `${d.words}. ${FILLER}`.slice(0, 150 + Math.floor(random() ** 3 * 251));
    // 1 to 5 sources, most events having one or two, as in the curated data.
    const sources = Array.from({ length: 1 + Math.floor(random() ** 3 * 5) }, (_, k) => {
      const p = Math.floor(random() * PUBLISHERS.length);
      return {
        title: `${pick(SUBJECTS)} named in report ${k + 1}`,
        publisher: PUBLISHERS[p]!,
        url: `https://${HOSTS[p]}/a/${n}-${k + 1}`,
        date: isoDay(Math.min(d.start + Math.floor(random() * 30) * DAY, LAST_DAY)),
      };
    });
    return {
      id: `bench-${n}`,
      // The number keeps titles unique, since the validator rejects two events with the same title and date.
      title: `${d.words} #${n}`,
      start: day,
      ...(d.end === undefined ? {} : { end: isoDay(d.end) }),
      category: d.category,
      summary,
      actors: random() < 0.6 ? [pick(ACTORS).id] : [],
      countries: [pick(COUNTRIES)],
      tags: [pick(TAGS), pick(TAGS)].filter((t, k, all) => all.indexOf(t) === k),
      ...(d.category === 'theft' && random() < 0.7
        ? { amountUsd: Math.round(10 ** (5 + random() * 4)) }
        : {}),
      confidence: pick(CONFIDENCE),
      sources,
    };
  });
  return { events, actors: ACTORS };
}
