/** One arc from the selected event to a related one. */
export interface RelationArc {
  /** The related event's id. */
  id: string;
  /** The SVG path. */
  d: string;
}

/**
 * Arcs from the selected event's mark to the related events that are drawn: curves that bow
 * upwards in proportion to the distance (at most 60 px), so arcs to nearby lanes stay readable.
 * Nothing is drawn while the selected event is not; a related event that is not drawn gets no arc.
 */
export function relationArcs(
  marks: readonly { event: { id: string }; x: number; y: number }[],
  selectedId: string | null,
  related: readonly string[],
): RelationArc[] {
  // Only with an event open and related: no map of the marks per frame otherwise.
  if (!selectedId || !related.length) return [];
  const markById = new Map(marks.map((m) => [m.event.id, m]));
  const from = markById.get(selectedId);
  if (!from) return [];
  return related.flatMap((id) => {
    const to = markById.get(id);
    if (!to) return [];
    const lift = Math.min(60, Math.abs(to.x - from.x) / 4 + 12);
    const midY = Math.min(from.y, to.y) - lift;
    return [{ id, d: `M${from.x},${from.y} C${from.x},${midY} ${to.x},${midY} ${to.x},${to.y}` }];
  });
}
