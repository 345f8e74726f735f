import { describe, expect, it } from 'vitest';
import { ACTORS, CATEGORIES, eventRecord } from '../../testing/fixtures.ts';
import { eventsToCsv } from '../eventsToCsv.ts';
import { importHere } from '../loadCustomDataset.ts';
import { readFixture } from './fixtures/importedOrThrow.ts';
import { importDataset } from './importDataset.ts';
import { collectResult, sendResult, type ImportMessage } from './importMessages.ts';
import { runImport } from './runImport.ts';

const options = { fallbackCategories: CATEGORIES, fallbackActors: ACTORS };
const many = (n: number) =>
  Array.from({ length: n }, (_, i) => eventRecord({ id: `e-${i}`, title: `Event ${i}` }));

/** Every message runImport sends, as the page receives them from the worker. */
async function messagesOf(source: { text: string } | { file: Blob }, fileName = 'mine.json') {
  const messages: ImportMessage[] = [];
  await runImport({ source, options: { ...options, fileName } }, (m) => messages.push(m));
  // What a worker posts is a structured clone: the page gets copies, never the worker's objects.
  return messages.map((m) => structuredClone(m));
}

describe('runImport', () => {
  it.each([
    ['our JSON with 2,500 events', JSON.stringify({ events: many(2_500) }), 'mine.json'],
    ['our CSV with a bad row', `${eventsToCsv(many(3))}bad,row\n`, 'mine.csv'],
    ['a TimelineJS JSON file', readFixture('timelinejs-sample.json'), 'sheet.json'],
    ['a TimelineJS sheet', readFixture('timelinejs-sample.csv'), 'sheet.csv'],
    ['a file that is not data at all', 'Some notes about Lazarus.', 'notes.txt'],
  ])(
    'gives %s the same result through the worker messages as importDataset on this thread',
    async (_, text, fileName) => {
      const collect = collectResult();
      let received;
      for (const message of await messagesOf({ text }, fileName)) received = collect(message);
      expect(received).toEqual(importDataset(text, { ...options, fileName }));
      expect(await importHere({ source: { text }, options: { ...options, fileName } })).toEqual(
        received,
      );
    },
  );

  it('reads a chosen file, reporting bytes, then parsing, then rows read and checked', async () => {
    const text = JSON.stringify({ events: many(4_000) });
    const steps = (await messagesOf({ file: new Blob([text]) }))
      .flatMap((m) => (m.type === 'progress' ? [m.progress] : []))
      .map((p) => ('done' in p ? `${p.step} ${p.done}/${p.total}` : p.step));
    expect(steps).toEqual([
      `bytes ${text.length}/${text.length}`,
      'parse',
      'read 2000/4000',
      'read 4000/4000',
      'check 2000/4000',
      'check 4000/4000',
    ]);
  });

  it('reads a UTF-16 file as it reads the same file in UTF-8', async () => {
    const text = eventsToCsv(many(2));
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0), 0])]);
    const result = await importHere({
      source: { file: new Blob([utf16]) },
      options: { ...options, fileName: 'mine.csv' },
    });
    expect(result).toEqual(importDataset(text, { ...options, fileName: 'mine.csv' }));
  });
});

describe('sendResult', () => {
  it('sends the events in batches, in order, and collectResult reports them as they arrive', () => {
    const result = importDataset(JSON.stringify({ events: many(2_500) }), options);
    const messages: ImportMessage[] = [];
    sendResult(result, (m) => messages.push(m));
    expect(messages.map((m) => (m.type === 'events' ? m.events.length : m.type))).toEqual([
      500,
      500,
      500,
      500,
      500,
      'done',
    ]);
    const received: string[] = [];
    const collect = collectResult((p) => received.push('done' in p ? `${p.done}/${p.total}` : ''));
    const events = messages.map(collect).at(-1);
    expect(received).toEqual(['500/2500', '1000/2500', '1500/2500', '2000/2500', '2500/2500']);
    expect(events).toEqual(result);
  });
});
