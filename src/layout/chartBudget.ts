import { COMPACT, METRICS, type ChartMetrics } from './lanes.ts';

/** Where the chart sits: the screen (or an embed's frame) and what takes room above and under it. */
export interface ChartRoom {
  /** The height of the screen, or of the embed's frame. */
  viewport: number;
  /** Where the chart starts, from the top of the document: the header and controls above it. */
  top: number;
  /** What must show under the chart: the overview, and in an embed everything down to the credit line. */
  below: number;
  /** Whether the chart fills its frame: an embed, or a presentation's squeezed chart (FitChart). */
  embed: boolean;
  /**
   * In an embed, the overview's height with its margin, which `below` leaves out: the overview may
   * give its room to the chart's label rows (timelineLayout). 0 or absent: no overview to give.
   */
  overview?: number;
}

/** Space kept under the overview when the chart is fitted to a whole screen. */
const MARGIN = 8;

/**
 * How tall the timeline's chart may be (its axis, era strip and lanes). In an embed, what the
 * frame leaves between the title and controls and the overview and credit: the chart fills it. On
 * the page, the room under the header when that gives every lane two rows (a 1920×1080 screen
 * then shows the header, the controls and the whole chart at once); else a screen less the
 * overview, so that once the chart is scrolled into view every lane, the axis and the overview
 * show together.
 */
export function chartBudget(room: ChartRoom, lanes: number, eraRows: number): number {
  const underHeader = room.viewport - room.top - room.below;
  if (room.embed) return underHeader - (room.overview ?? 0);
  const perLane = METRICS.laneHeader + METRICS.laneGap + 2 * METRICS.row;
  const twoRows = METRICS.axis + eraRows * METRICS.eraRow + lanes * perLane;
  return underHeader >= twoRows ? underHeader : room.viewport - room.below - MARGIN;
}

/**
 * The metrics the chart is drawn with in `budget` pixels: METRICS, or in an embed too short for
 * every lane's header and one row (400 to 600 px frames), COMPACT, whose lanes are a row each with
 * their names in a gutter, so that every lane, the axis and the credit line fit the frame. A page
 * keeps METRICS: there the chart is fitted to the screen, or the page scrolls.
 */
export function chartMetrics(
  room: ChartRoom,
  budget: number,
  lanes: number,
  eraRows: number,
): ChartMetrics {
  const oneRow =
    METRICS.axis +
    eraRows * METRICS.eraRow +
    lanes * (METRICS.laneHeader + METRICS.row + METRICS.laneGap);
  return room.embed && oneRow > budget ? COMPACT : METRICS;
}
