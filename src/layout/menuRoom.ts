/** A menu is never made shorter than this, px: a few stories and the events' choices stay usable. */
export const MIN_MENU_ROOM = 288;
/** The gap kept between a menu's bottom and the screen's, px. */
const MARGIN = 12;

/**
 * The height a drop-down panel may take: from its top (`top`, px from the top of the screen) down
 * to the bottom of a screen `screenHeight` tall, less a margin; never under MIN_MENU_ROOM, where
 * the page scrolls to the rest rather than squeezing the menu.
 */
export function menuRoom(screenHeight: number, top: number): number {
  return Math.max(MIN_MENU_ROOM, screenHeight - top - MARGIN);
}
