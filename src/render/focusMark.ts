/** Moves keyboard focus to an event's mark on the timeline (or its row in the list), if it is drawn. */
export function focusMark(id: string): void {
  document.querySelector<SVGElement>(`[data-event-id="${CSS.escape(id)}"]`)?.focus();
}
