import { truncateText } from '../data/truncateText.ts';
import type { TimelineEvent } from '../data/timelineEvent.ts';
import type { PlacedMark } from './lanes.ts';

/** A label placed beside its mark; `anchor` says which side of `x` the text runs. */
export interface PlacedLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'end';
}

/** Estimated width of a label in CSS pixels (12 px system font). Deterministic, so layouts can be tested. */
export const estimateWidth = (text: string) => text.length * 6.6;

const MAX_CHARS = 34;
const PAD = 6;

/**
 * Which labels win when there is no room for all: landmark events first (importance 3, then 2),
 * then larger amounts, then earlier events. A curated `importance` beats money, so a summit keeps
 * its label beside a string of thefts.
 */
export function labelPriority(a: TimelineEvent, b: TimelineEvent): number {
  return (
    (b.importance ?? 1) - (a.importance ?? 1) ||
    (b.amountUsd ?? 0) - (a.amountUsd ?? 0) ||
    a.t0 - b.t0
  );
}

/** Shortens a title to fit a label, with an ellipsis; the full title stays in the accessible name. */
export function labelText(title: string): string {
  return truncateText(title, MAX_CHARS);
}

/**
 * Places labels greedily by priority (the pinned event first), right of the mark if there is room, else left of it.
 * A label never overlaps another label or another mark on its row, and never leaves [0, width]; only the pinned
 * event's label may cross other marks, so the selected event is always named.
 * Marks without room keep no label; their name shows on hover and focus instead.
 */
export function placeLabels(
  marks: readonly PlacedMark[],
  width: number,
  pinned: string | null = null,
  measure = estimateWidth,
): PlacedLabel[] {
  // Occupied intervals per row; a mark's own glyph (tagged with its id) does not block its label.
  const taken = new Map<number, [number, number, string?][]>();
  const rowOf = (m: PlacedMark) => Math.round(m.y);
  for (const m of marks)
    (taken.get(rowOf(m)) ?? taken.set(rowOf(m), []).get(rowOf(m))!).push([m.x0, m.x1, m.event.id]);
  // The pinned (selected) event's label may cross other marks: it is drawn on top, with a halo.
  const free = (row: number, a: number, b: number, own: PlacedMark) =>
    a >= 0 &&
    b <= width &&
    (own.event.id === pinned ||
      taken.get(row)!.every(([s, e, id]) => id === own.event.id || e <= a || s >= b));
  const placed: PlacedLabel[] = [];
  // The selected event (pinned) is labelled before any other.
  const order = [...marks].sort(
    (a, b) =>
      Number(b.event.id === pinned) - Number(a.event.id === pinned) ||
      labelPriority(a.event, b.event),
  );
  for (const m of order) {
    const text = labelText(m.event.title);
    const w = measure(text);
    const row = rowOf(m);
    const right: [number, number] = [m.x1 + PAD, m.x1 + PAD + w];
    const left: [number, number] = [m.x0 - PAD - w, m.x0 - PAD];
    const side = free(row, ...right, m) ? right : free(row, ...left, m) ? left : null;
    if (!side) continue;
    taken.get(row)!.push(side);
    placed.push({
      id: m.event.id,
      text,
      x: side === right ? side[0] : side[1],
      y: m.y,
      anchor: side === right ? 'start' : 'end',
    });
  }
  return placed;
}
