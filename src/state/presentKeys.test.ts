import { describe, expect, it } from 'vitest';
import { presentAction, presentKeyAction } from './presentKeys.ts';

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

describe('presentKeyAction', () => {
  /** A focused element that sits inside what `within` matches. */
  const focused = (within: string) => ({
    closest: (s: string) => (s.includes(within) ? {} : null),
  });
  const press = (key: string, target: unknown = null, mods = {}) => ({
    key,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    target: target as EventTarget | null,
    ...mods,
  });

  it("turns a clicker's key into its action", () => {
    expect(presentKeyAction(press('PageDown'))).toBe('next');
  });

  it('leaves keys typed into a text field alone', () => {
    expect(presentKeyAction(press('n', focused('input')))).toBeNull();
  });

  it('leaves shortcuts with a modifier to the browser', () => {
    expect(presentKeyAction(press('ArrowRight', null, { ctrlKey: true }))).toBeNull();
  });

  it('lets Space and Enter press a focused button, while other keys still move', () => {
    expect(presentKeyAction(press(' ', focused('button')))).toBeNull();
    expect(presentKeyAction(press('Enter', focused('button')))).toBeNull();
    expect(presentKeyAction(press('ArrowRight', focused('button')))).toBe('next');
  });
});
