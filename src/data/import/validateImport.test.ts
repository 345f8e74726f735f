import { describe, expect, it } from 'vitest';
import { ACTORS, CATEGORIES } from '../../testing/fixtures.ts';
import { importDataset } from './importDataset.ts';
import { summarizeProblems } from './summarizeProblems.ts';

const options = { fallbackCategories: CATEGORIES, fallbackActors: ACTORS };

function imported(text: string) {
  const result = importDataset(text, options);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return { ...result, lines: summarizeProblems(result.skipped).map((l) => l.text) };
}

// Every row of these files is now shown (a repeated id gets a new one), so they do the work of
// 20,000 and 50,000 events; on a shared 2-core machine that can take more than the default 5 s.
// A cost growing with the square of the rows would take minutes.
const LARGE = 30_000;

describe('validateImport counts and reports', () => {
  it(
    'reports 20,000 CSV rows that share an id in one line, without slowing down with the square of the rows',
    () => {
      const rows = Array.from({ length: 20_000 }, (_, i) => `same,T${i},2000,theft,s`);
      const result = imported(['id,title,start,category,summary', ...rows].join('\n'));
      expect(result.dataset.events).toHaveLength(20_000);
      expect([result.leftOut, result.warned]).toEqual([0, 19_999]);
      expect(result.lines).toEqual([
        'events: rows 3, 4, 5 and 19,996 more, field "id": "same" is the id of an earlier event too, so a new id was made from the title',
      ]);
    },
    LARGE,
  );

  it(
    'counts each of 49,999 repeated ids in a JSON file, not one',
    () => {
      const events = Array.from({ length: 50_000 }, (_, i) => ({
        id: 'same',
        title: `T${i}`,
        start: '2000',
        category: 'theft',
        summary: 's',
      }));
      const result = imported(JSON.stringify({ events }));
      expect([result.leftOut, result.warned]).toEqual([0, 49_999]);
      expect(result.lines).toEqual([
        'events: same (#2), same (#3), same (#4) and 49,996 more, field "id": "same" is the id of an earlier event too, so a new id was made from the title',
      ]);
    },
    LARGE,
  );

  it('counts a TimelineJS slide whose only problem is an http link as shown with a warning', () => {
    const text = JSON.stringify({
      events: [
        {
          start_date: { year: 2016 },
          text: { headline: 'One', text: '<a href="http://example.org/a">a link</a>' },
        },
        { start_date: { year: 2017 }, text: { headline: 'Two' } },
        { start_date: { year: '20l8' }, text: { headline: 'Three' } },
      ],
    });
    const result = imported(text);
    expect(result.dataset.events.map((e) => e.title)).toEqual(['One', 'Two']);
    expect([result.leftOut, result.warned]).toEqual([1, 1]);
    expect(summarizeProblems(result.skipped).map((l) => l.shown)).toEqual([true, false]);
  });

  it('counts an event shown without its unknown actor or dangling link as shown with a warning', () => {
    const csv = [
      'id,title,start,category,summary,actors,related',
      'a,A,2016,theft,s,nobody,',
      'b,B,2017,theft,s,,follows:nowhere',
      'c,C,someday,theft,s,,',
    ].join('\n');
    const result = imported(csv);
    expect(result.dataset.events.map((e) => e.id)).toEqual(['a', 'b']);
    expect([result.leftOut, result.warned]).toEqual([1, 2]);
  });

  it('does not count a row as shown with a warning when another problem left it out', () => {
    const csv = [
      'id,title,start,category,summary,actors',
      'a,A,2016,theft,s,',
      'b,B,someday,theft,s,nobody',
    ];
    const result = imported(csv.join('\n'));
    expect([result.leftOut, result.warned]).toEqual([1, 0]);
  });
});
