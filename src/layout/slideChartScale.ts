/** A screen's size in CSS pixels. */
export interface Screen {
  width: number;
  height: number;
}

/** A slide's type unit in px (the presentation's --unit): 24 px at 1280 x 720, in proportion elsewhere. */
export const slideUnit = (screen: Screen): number =>
  Math.min(0.034 * screen.height, 0.019 * screen.width);

/**
 * The most a presentation's chart may be enlarged. On a screen larger than 1280 x 720 the chart
 * grows with it, as the type does; a short chart (few lanes in the step's window) grows further
 * into the room it has, until its labels (about 13 px) reach the card's type or it would be laid
 * out narrower than 480 px. FitChart shrinks it back whenever it is taller than its box.
 */
export function slideChartScale(screen: Screen): number {
  const unit = slideUnit(screen);
  return Math.max(
    1,
    Math.min(screen.width / 1280, screen.height / 720),
    Math.min(unit / 13, (screen.width - 1.6 * unit) / 480),
  );
}

/** A chart label's type size in px before any scaling (Labels.svelte). */
const LABEL_PX = 12;

/**
 * The least a presentation's chart is shrunk to before its lanes are fitted to its box instead
 * (FitChart's squeeze): its labels stay at least 12 px, and at least 0.6 of the slide's type unit,
 * so they read from the back of a classroom (about 15 px at 1280 x 720, 22 px at 1920 x 1080).
 */
export function slideChartFloor(screen: Screen): number {
  return Math.max(LABEL_PX, 0.6 * slideUnit(screen)) / LABEL_PX;
}
