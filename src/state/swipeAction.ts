/**
 * What a swipe across a slide does: a mostly sideways move of more than 60 px steps (left: next,
 * right: back); anything else (a tap, a scroll) does nothing.
 */
export function swipeAction(dx: number, dy: number): 'next' | 'prev' | null {
  if (Math.abs(dx) <= 60 || Math.abs(dy) >= Math.abs(dx) / 2) return null;
  return dx < 0 ? 'next' : 'prev';
}
