/** What a key does in presentation mode. */
export type PresentAction =
  'next' | 'prev' | 'first' | 'last' | 'blank' | 'fullscreen' | 'presenter' | 'exit';

/**
 * The keys of presentation software and clickers: clickers send PageDown/PageUp (some send arrows,
 * B or "." to blank). Letters work in either case.
 */
const KEYS: Record<string, PresentAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  ' ': 'next',
  PageDown: 'next',
  n: 'next',
  ArrowLeft: 'prev',
  ArrowUp: 'prev',
  PageUp: 'prev',
  p: 'prev',
  Home: 'first',
  End: 'last',
  b: 'blank',
  '.': 'blank',
  f: 'fullscreen',
  // S for the speaker's notes, as in reveal.js.
  s: 'presenter',
  Escape: 'exit',
};

export function presentAction(key: string): PresentAction | null {
  return KEYS[key] ?? KEYS[key.toLowerCase()] ?? null;
}

/** The parts of a key press that decide whether a presentation handles it. */
export interface PresentKeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  /** What has focus; only its `closest` is used. */
  target: EventTarget | null;
}

/**
 * What a key press asks of a presentation, or null when it belongs to something else: typing in a
 * text field, a shortcut with a modifier, or Space and Enter pressing the focused button or link.
 */
export function presentKeyAction(press: PresentKeyPress): PresentAction | null {
  const target = press.target as { closest?: (selector: string) => unknown } | null;
  const inside = (selector: string) => Boolean(target?.closest?.(selector));
  if (inside('input, select, textarea') || press.altKey || press.ctrlKey || press.metaKey)
    return null;
  if ((press.key === ' ' || press.key === 'Enter') && inside('button, a')) return null;
  return presentAction(press.key);
}
