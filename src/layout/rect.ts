/** A rectangle in a chart's pixels, as an SVG `<rect>` takes it. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
