import { describe, expect, it } from 'vitest';
import { presentAction } from './presentKeys.ts';

describe('presentAction', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['ArrowDown', 'next'],
    [' ', 'next'],
    ['PageDown', 'next'],
    ['n', 'next'],
    ['N', 'next'],
    ['ArrowLeft', 'prev'],
    ['ArrowUp', 'prev'],
    ['PageUp', 'prev'],
    ['p', 'prev'],
    ['P', 'prev'],
    ['Home', 'first'],
    ['End', 'last'],
    ['b', 'blank'],
    ['B', 'blank'],
    ['.', 'blank'],
    ['f', 'fullscreen'],
    ['F', 'fullscreen'],
    ['s', 'presenter'],
    ['S', 'presenter'],
    ['Escape', 'exit'],
  ])('maps %j to %s, as presentation software and clickers do', (key, action) => {
    expect(presentAction(key)).toBe(action);
  });

  it.each(['a', 'Enter', 'Tab', 'Shift', 'x'])('ignores %j', (key) => {
    expect(presentAction(key)).toBeNull();
  });
});
