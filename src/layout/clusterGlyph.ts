import { clusterRadius } from './clusterLane.ts';
import { clusterHitArea } from './hitArea.ts';
import type { Rect } from './rect.ts';

/** A cluster as drawn about its centre: its ring, the count written in it, and its hit area. */
export interface ClusterGlyph {
  r: number;
  /** The count, shortened past 999 ("1.2k") so that it fits the largest ring. */
  label: string;
  hit: Rect;
}

/** How a cluster of `count` events is drawn. */
export function clusterGlyph(count: number): ClusterGlyph {
  const r = clusterRadius(count);
  return {
    r,
    label: count > 999 ? `${Math.round(count / 100) / 10}k` : String(count),
    hit: clusterHitArea(r),
  };
}
