import type { Actor, Category, EraRecord, EventRecord } from '../data/schema.ts';

/** A minimal valid event; override any field. */
export function eventRecord(overrides: Partial<EventRecord> & { id: string }): EventRecord {
  return {
    title: `Event ${overrides.id}`,
    shortTitle: `Event ${overrides.id}`,
    start: '2016-02-04',
    category: 'theft',
    summary: 'Something happened.',
    actors: [],
    confidence: 'attributed',
    sources: [
      {
        title: 'A source',
        publisher: 'A publisher',
        url: 'https://example.org/a',
        date: '2016-02-05',
      },
    ],
    ...overrides,
  };
}

export const CATEGORIES: Category[] = [
  { id: 'theft', label: 'Thefts', color: '#9e6a00', colorDark: '#e69f00', shape: 'diamond' },
  { id: 'legal', label: 'Legal actions', color: '#007a5a', colorDark: '#2bc29a', shape: 'cross' },
];

export const ACTORS: Actor[] = [
  {
    id: 'lazarus-group',
    name: 'Lazarus Group',
    aliases: ['HIDDEN COBRA'],
    mitreId: 'G0032',
    kind: 'group',
    description: 'A group.',
    sources: [
      {
        title: 'Lazarus Group',
        publisher: 'MITRE ATT&CK',
        url: 'https://attack.mitre.org/groups/G0032',
        date: '2024',
      },
    ],
  },
];

/** The three raw files of a small valid dataset, with the given events. */
export function rawDataset(events: unknown[]) {
  return { events: { events }, categories: { categories: CATEGORIES }, actors: { actors: ACTORS } };
}

/** Two valid eras: talks (2016-2017) and a monitoring panel still running since 2017. */
export const ERA_A: EraRecord = {
  id: 'talks',
  title: 'Talks',
  start: '2016-03',
  end: '2017-06-30',
  kind: 'diplomacy',
  description: 'Some talks.',
  sources: [
    { title: 'A source', publisher: 'A publisher', url: 'https://example.org/e', date: '2016' },
  ],
};
export const ERA_B: EraRecord = {
  ...ERA_A,
  id: 'panel',
  title: 'Panel',
  start: '2017',
  end: undefined,
  kind: 'monitoring',
};
