import { describe, expect, it } from 'vitest';
import { MIN_MENU_ROOM, menuRoom } from './menuRoom.ts';

describe('menuRoom', () => {
  it('runs a menu down to 12 px above the bottom of the screen', () => {
    expect(menuRoom(768, 100)).toBe(656);
  });

  it('never makes a menu shorter than its minimum on a short screen', () => {
    expect(menuRoom(390, 200)).toBe(MIN_MENU_ROOM);
  });
});
