import { clampRange, sameRange, zoomRange, type TimeRange } from '../layout/timeRange.ts';
import { animateRange, cancelRangeAnimation } from './animateRange.ts';

/**
 * The window of time shown, and the animated moves between windows. The range is the single
 * source of truth for zoom: scales and d3-zoom's transform are derived from it.
 */
export class TimeWindow {
  /** The whole dataset's span: the zoomed-out limit. */
  readonly extent: TimeRange;
  range = $state.raw<TimeRange>({ from: 0, to: 1 });
  /** Where a running animation is heading, so a second click zooms from there, not from midway. */
  #heading = $state.raw<TimeRange | null>(null);

  constructor(extent: TimeRange) {
    this.extent = extent;
    this.range = extent;
  }

  /** Whether an animated move is under way. */
  moving = $derived(this.#heading !== null);

  /** Whether the whole span is shown. */
  isAll = $derived.by(() => sameRange(this.range, this.extent));

  /** Moves to a range at once, kept inside the extent. */
  setRange(range: TimeRange): void {
    const next = clampRange(range, this.extent);
    if (!sameRange(next, this.range)) this.range = next;
  }

  /** Moves to a range with an animation (instant under reduced motion); interruptible. */
  goTo(range: TimeRange): void {
    const target = clampRange(range, this.extent);
    this.#heading = target;
    animateRange(this.range, target, (r) => {
      this.setRange(r);
      if (sameRange(r, target)) this.#heading = null;
    });
  }

  /** Stops an animated move where it is (the reader has started a gesture). */
  stopAnimation(): void {
    cancelRangeAnimation();
    this.#heading = null;
  }

  /** Zooms in (factor > 1) or out around an instant, the centre by default. */
  zoomBy(factor: number, anchor?: number): void {
    this.goTo(zoomRange(this.#heading ?? this.range, factor, anchor));
  }

  showAll(): void {
    this.goTo(this.extent);
  }
}
