import { tick } from 'svelte';
import { stepDown } from '../layout/stepDown.ts';

/** The chart keeps at least this share of the height; below it, the type steps down instead. */
const MIN_CHART = 0.28;

/**
 * Fits a presentation slide to its screen once the step is drawn: the type steps down until the
 * card shows all its text and the chart keeps its share. Then, once the chart has rescaled to its
 * new box (whenStill), `data-fitted` on the root says which step
 * is done; tests wait for it, nothing else reads it.
 */
export function fitSlide(
  root: HTMLElement,
  card: HTMLElement,
  chart: HTMLElement,
  index: number,
): void {
  root.removeAttribute('data-fitted');
  tick().then(() => {
    stepDown(
      (size) => root.style.setProperty('--fit', String(size)),
      () =>
        chart.clientHeight < MIN_CHART * root.clientHeight ||
        card.scrollHeight > card.clientHeight + 1 ||
        card.getBoundingClientRect().bottom > root.getBoundingClientRect().bottom + 0.5,
    );
    whenStill(chart, () => (root.dataset.fitted = String(index)));
  });
}

/**
 * Calls `done` once the chart has kept its size and scale for three frames (or after a second):
 * it is observed, and a squeezed chart is laid out anew, so it settles over a few frames.
 */
function whenStill(chart: HTMLElement, done: () => void): void {
  let last = '';
  let still = 0;
  let frames = 0;
  const look = () => {
    const inner = chart.querySelector<HTMLElement>('.inner');
    const now = `${inner?.style.transform} ${inner?.offsetHeight} ${chart.clientHeight}`;
    still = now === last ? still + 1 : 0;
    last = now;
    if (still >= 3 || ++frames > 60) done();
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}
