/** Where a mark's tooltip goes: its anchor, kept inside the chart, and which side it opens to. */
export interface TooltipPlacement {
  left: number;
  top: number;
  /** Opens to the left of the anchor (the mark is in the right part of the chart). */
  flip: boolean;
}

/** Inset of the anchor from the chart's edges, and the gap above the mark. */
const INSET = 8;
const ABOVE = 16;

/**
 * Places the tooltip of a mark drawn at (x, y) in a chart `width` wide: above the mark, its anchor
 * kept 8 px inside the edges, opening leftwards in the right 40 % so it is not cut off.
 */
export function tooltipPlacement(x: number, y: number, width: number): TooltipPlacement {
  return {
    left: Math.min(Math.max(x, INSET), width - INSET),
    top: y - ABOVE,
    flip: x > width * 0.6,
  };
}
