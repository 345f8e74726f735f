/** The message the presenter view and the audience window send each other: where the presentation is. */
export interface PresentMessage {
  kind: 'dprk-timeline-present';
  step: number;
  blank: boolean;
}

/** The BroadcastChannel both windows of one site share. */
export const PRESENT_CHANNEL = 'dprk-cyber-timeline-present';

export function presentMessage(step: number, blank: boolean): PresentMessage {
  return { kind: 'dprk-timeline-present', step, blank };
}

/**
 * Reads a message from another window; anything else (another script's messages, a bad step)
 * gives null. The sender is a window of this site, but a message is still input, so it is checked.
 */
export function parsePresentMessage(data: unknown): PresentMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Partial<PresentMessage>;
  if (m.kind !== 'dprk-timeline-present') return null;
  if (typeof m.step !== 'number' || !Number.isInteger(m.step) || m.step < 1 || m.step > 9999)
    return null;
  return presentMessage(m.step, m.blank === true);
}
