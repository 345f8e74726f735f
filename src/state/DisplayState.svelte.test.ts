import { describe, expect, it } from 'vitest';
import { DisplayState } from './DisplayState.svelte.ts';

describe('DisplayState', () => {
  it('presents the default for the screen until the reader picks chart or list', () => {
    const display = new DisplayState();
    display.defaultPresentation = 'list';
    expect(display.presentation).toBe('list');
    display.show = 'timeline';
    expect(display.presentation).toBe('timeline');
  });

  it('starts with eras shown, the money chart off and no presentation', () => {
    const display = new DisplayState();
    expect([display.showEras, display.money, display.present, display.step]).toEqual([
      true,
      false,
      false,
      1,
    ]);
  });
});
