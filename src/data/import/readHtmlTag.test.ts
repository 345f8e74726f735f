import { describe, expect, it } from 'vitest';
import { endOfRawText, readHtmlTag, skipHtmlMarkup } from './readHtmlTag.ts';

describe('readHtmlTag', () => {
  it.each([
    ['<p>', { name: 'p', closing: false, attrs: {}, end: 3 }],
    ['</P >', { name: 'p', closing: true, attrs: {}, end: 5 }],
    ['<br/>', { name: 'br', closing: false, attrs: {}, end: 5 }],
    [
      '<A HREF="x > y" title=\'t\' data-n=3 hidden>',
      {
        name: 'a',
        closing: false,
        attrs: { href: 'x > y', title: 't', 'data-n': '3', hidden: '' },
        end: 42,
      },
    ],
    [
      '<a href="?a=1&amp;b=2">',
      { name: 'a', closing: false, attrs: { href: '?a=1&b=2' }, end: 23 },
    ],
    [
      '<a href="never closed',
      { name: 'a', closing: false, attrs: { href: 'never closed' }, end: 21 },
    ],
  ])('reads %j', (html, expected) => {
    const tag = readHtmlTag(html, 0);
    expect(tag && { ...tag, attrs: Object.fromEntries(tag.attrs) }).toEqual(expected);
  });

  it.each(['< p>', '<3', '<', '<-->'])('says %j is no tag', (html) => {
    expect(readHtmlTag(html, 0)).toBeNull();
  });
});

describe('skipHtmlMarkup', () => {
  it.each([
    ['<!-- a <b> -->x', 14],
    ['<!DOCTYPE html>x', 15],
    ['<?xml version="1.0"?>x', 21],
    ['<!-- never closed', 17],
    ['<p>', null],
  ])('finds where %j ends', (html, end) => {
    expect(skipHtmlMarkup(html, 0)).toBe(end);
  });
});

describe('endOfRawText', () => {
  it.each([
    ['<script>a</script>b', 18],
    ['<script>"</scripts>"</SCRIPT >b', 30],
    ['<script>never closed', 20],
  ])('finds the end of %j', (html, end) => {
    expect(endOfRawText(html, 'script', 8)).toBe(end);
  });
});
