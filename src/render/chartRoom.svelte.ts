import type { ChartRoom } from '../layout/chartBudget.ts';

/**
 * Measures the room the timeline's chart has (layout/chartBudget.ts turns it into a height): the
 * screen's height, where the chart starts, and what must show under it (the overview; in an embed
 * everything down to the credit line). Measured again when anything on the page changes size; the
 * chart's own height changes neither number, so fitting it settles at once.
 */
export class ChartRoomWatch implements ChartRoom {
  readonly embed: boolean;
  viewport = $state(0);
  top = $state(0);
  below = $state(0);
  /** An embed's overview height with its margin (kept while the overview is dropped). */
  overview = $state(0);
  /** Whether the timeline's layout gave the overview's room to the chart (an embed only). */
  overviewDropped = $state(false);

  constructor(embed: boolean) {
    this.embed = embed;
  }

  /** Attachment for the element that holds the timeline and, after it, the overview. */
  readonly attach = (main: HTMLElement) => {
    const measure = () => {
      const timeline = main.querySelector('.timeline');
      if (!timeline) return;
      const box = timeline.getBoundingClientRect();
      const end = this.embed ? document.body : (main.querySelector('.overview') ?? timeline);
      this.viewport = window.innerHeight;
      this.top = Math.round(box.top + window.scrollY);
      // In an embed the overview's room is counted apart (ChartRoom.overview): the layout decides
      // whether to keep it, and the figure stays while the overview is dropped, so the decision holds.
      const overview = this.embed ? main.querySelector<HTMLElement>('.overview') : null;
      const shown = overview?.getClientRects().length ? overview : null;
      const height = shown
        ? shown.getBoundingClientRect().height + parseFloat(getComputedStyle(shown).marginTop)
        : 0;
      if (shown || !this.overviewDropped) this.overview = Math.round(height);
      this.below = Math.round(end.getBoundingClientRect().bottom - box.bottom - height);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    observer.observe(main);
    window.addEventListener('resize', measure);
    measure();
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  };
}
