import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatValidationError } from './validationError.ts';
import { buildJsonSchema } from './jsonSchema.ts';
import { DATA, readData as read, validateCurated } from '../testing/curatedData.ts';

const result = validateCurated();
const dataset = result.ok ? result.dataset : null;

describe('the curated dataset in data/', () => {
  it('passes validation', () => {
    expect(result.ok ? [] : result.errors.map(formatValidationError)).toEqual([]);
  });

  it('has only JSON files that parse', () => {
    for (const name of readdirSync(DATA).filter((f) => f.endsWith('.json')))
      expect(() => read(name), name).not.toThrow();
  });

  it('has at least 200 events from 2006 to 2025', () => {
    expect(dataset!.events.length).toBeGreaterThanOrEqual(200);
    const years = dataset!.events
      .map((e) => e.startDate.start)
      .map((t) => new Date(t).getUTCFullYear());
    expect(Math.min(...years)).toBeLessThanOrEqual(2006);
    expect(Math.max(...years)).toBeGreaterThanOrEqual(2025);
  });

  it('gives every event at least one https source with a date', () => {
    for (const e of dataset!.events) {
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      for (const s of e.sources) expect(s.url, e.id).toMatch(/^https:\/\//);
    }
  });

  it('names every actor that an event uses, and uses every actor it names', () => {
    const used = new Set(dataset!.events.flatMap((e) => e.actors));
    expect([...used].filter((a) => !dataset!.actors.some((x) => x.id === a))).toEqual([]);
    expect(dataset!.actors.map((a) => a.id).filter((a) => !used.has(a) && a !== 'rgb')).toEqual([]);
  });

  it('links incidents to attributions, charges and sanctions of the right kind', () => {
    const want: Record<string, string> = {
      'attributed-by': 'attribution',
      'charged-in': 'legal',
      'sanctioned-in': 'sanction',
    };
    const byId = new Map(dataset!.events.map((e) => [e.id, e]));
    const wrong = dataset!.events.flatMap((e) =>
      (e.related ?? [])
        .filter((r) => want[r.type] && byId.get(r.id)!.category !== want[r.type])
        .map((r) => `${e.id} ${r.type} ${r.id}`),
    );
    expect(wrong).toEqual([]);
  });

  it('has no two events with the same title, or the same date and amount', () => {
    const titles = dataset!.events.map((e) => e.title.toLowerCase());
    expect(titles.filter((t, i) => titles.indexOf(t) !== i)).toEqual([]);
    const amounts = dataset!.events
      .filter((e) => e.amountUsd && e.category === 'theft')
      .map((e) => `${e.start} ${e.amountUsd}`);
    expect(amounts.filter((a, i) => amounts.indexOf(a) !== i)).toEqual([]);
  });

  it('has at least one event in every category', () => {
    const used = new Set(dataset!.events.map((e) => e.category));
    expect(dataset!.categories.filter((c) => !used.has(c.id)).map((c) => c.id)).toEqual([]);
  });

  it('has the eras a reader needs to judge the record, each with an https source', () => {
    const ids = dataset!.eras!.map((e) => e.id);
    for (const id of [
      'six-party-talks',
      'summit-diplomacy-2018-2019',
      'un-panel-of-experts',
      'multilateral-sanctions-monitoring-team',
      'covid-border-closure',
    ])
      expect(ids).toContain(id);
    for (const e of dataset!.eras!) expect(e.sources[0]?.url, e.id).toMatch(/^https:\/\//);
  });

  it('publishes a JSON Schema that matches the validator (run `npm run schema` after changing the schema)', async () => {
    await expect(`${JSON.stringify(buildJsonSchema(), null, 2)}\n`).toMatchFileSnapshot(
      '../../data/events.schema.json',
    );
  });
});
