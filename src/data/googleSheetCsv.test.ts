import { describe, expect, it } from 'vitest';
import { googleSheetCsvUrls, parseGoogleSheet } from './googleSheetCsv.ts';
import { dataName } from './dataName.ts';

// A made-up id of the usual shape; no such sheet is fetched.
const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcdE';
const SHEETS = `https://docs.google.com/spreadsheets/d/${ID}`;
const PUBLISHED_ID = '2PACX-1vTxYz0123456789abcdefghijklmnopqrstuvwxyz_-ABCDEFGHIJ';
const PUBLISHED = `https://docs.google.com/spreadsheets/d/e/${PUBLISHED_ID}`;

describe('parseGoogleSheet', () => {
  it.each([
    ['an edit link with its tab after the #', `${SHEETS}/edit#gid=123`, ID, false, '123'],
    ['an edit link without a tab', `${SHEETS}/edit`, ID, false, null],
    ['a share link', `${SHEETS}/edit?usp=sharing`, ID, false, null],
    [
      'a view link of a signed-in account',
      `https://docs.google.com/spreadsheets/u/0/d/${ID}/htmlview`,
      ID,
      false,
      null,
    ],
    ['an edit link with the tab in the query too', `${SHEETS}/edit?gid=7#gid=7`, ID, false, '7'],
    ['a "publish to the web" page', `${PUBLISHED}/pubhtml`, PUBLISHED_ID, true, null],
    [
      'a published CSV link of one tab',
      `${PUBLISHED}/pub?gid=42&single=true&output=csv`,
      PUBLISHED_ID,
      true,
      '42',
    ],
    ['a published CSV link', `${PUBLISHED}/pub?output=csv`, PUBLISHED_ID, true, null],
  ])('reads %s', (_, link, id, published, gid) => {
    expect(parseGoogleSheet(link)).toEqual({ id, published, gid });
  });

  it.each([
    ['a file on another host', 'https://example.org/spreadsheets/d/abc/edit'],
    ['a Google document that is not a sheet', 'https://docs.google.com/document/d/abc/edit'],
    ['a relative path', '/mine/sheet.csv'],
    ['text that is not a link', 'not a link'],
  ])('ignores %s', (_, link) => {
    expect(parseGoogleSheet(link)).toBeNull();
  });
});

describe('googleSheetCsvUrls', () => {
  it('reads an edit link from its CSV export, then from its published CSV as TimelineJS does', () => {
    expect(googleSheetCsvUrls(parseGoogleSheet(`${SHEETS}/edit#gid=123`)!)).toEqual([
      `${SHEETS}/export?format=csv&gid=123`,
      `${SHEETS}/pub?output=csv&gid=123&single=true`,
    ]);
  });

  it('reads the first tab when a link names none', () => {
    expect(googleSheetCsvUrls(parseGoogleSheet(`${SHEETS}/edit?usp=sharing`)!)).toEqual([
      `${SHEETS}/export?format=csv`,
      `${SHEETS}/pub?output=csv`,
    ]);
  });

  it('reads a "publish to the web" link only from its published CSV, keeping its tab', () => {
    expect(googleSheetCsvUrls(parseGoogleSheet(`${PUBLISHED}/pubhtml`)!)).toEqual([
      `${PUBLISHED}/pub?output=csv`,
    ]);
    expect(
      googleSheetCsvUrls(parseGoogleSheet(`${PUBLISHED}/pub?gid=42&single=true&output=csv`)!),
    ).toEqual([`${PUBLISHED}/pub?output=csv&gid=42&single=true`]);
  });
});

describe('dataName', () => {
  it('names a Google Sheets link "Google Sheet" and a file by its name', () => {
    expect(dataName(`${SHEETS}/edit#gid=0`)).toBe('Google Sheet');
    expect(dataName('https://example.org/files/events.csv?v=2')).toBe('events.csv');
  });
});
