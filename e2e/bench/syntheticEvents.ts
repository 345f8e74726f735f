/** One event in the site's native format, with only the fields a synthetic dataset needs. */
export interface SyntheticEvent {
  id: string;
  title: string;
  start: string;
  end?: string;
  category: string;
  summary: string;
  actors: string[];
  sources: string[];
}

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

const FIRST_DAY = Date.UTC(1985, 0, 1);
const LAST_DAY = Date.UTC(2025, 11, 31);
const DAY = 86_400_000;
const RANGE_SHARE = 0.15;

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
 * `count` events spread uniformly over 1985-2025, sorted by start, about 15% of them ranges of
 * 2 to 120 days. The same count and seed always give the same events.
 */
export function syntheticEvents(count: number, seed = 20_251_126): { events: SyntheticEvent[] } {
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
    return {
      id: `bench-${n}`,
      // The number keeps titles unique, since the validator rejects two events with the same title and date.
      title: `${d.words} #${n}`,
      start: isoDay(d.start),
      ...(d.end === undefined ? {} : { end: isoDay(d.end) }),
      category: d.category,
      summary: `Synthetic ${d.category} event number ${i + 1}, generated for the benchmark.`,
      actors: [],
      sources: [],
    };
  });
  return { events };
}
