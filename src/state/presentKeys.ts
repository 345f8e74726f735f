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
