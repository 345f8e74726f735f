/** The reader's colour theme: follow the system ("auto"), or force light or dark. */
export type Theme = 'auto' | 'light' | 'dark';

export const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];
const KEY = 'dprk-timeline-theme';

/** Reads a theme from untrusted text (a URL parameter, storage); anything else is "auto". */
export function parseTheme(value: string | null | undefined): Theme {
  return THEMES.includes(value as Theme) ? (value as Theme) : 'auto';
}

/** The theme saved on this device, if storage is available (it may not be, in a sandboxed embed). */
export function savedTheme(storage: Pick<Storage, 'getItem'> | null = safeStorage()): Theme {
  try {
    return parseTheme(storage?.getItem(KEY));
  } catch {
    return 'auto';
  }
}

export function saveTheme(
  theme: Theme,
  storage: Pick<Storage, 'setItem'> | null = safeStorage(),
): void {
  try {
    storage?.setItem(KEY, theme);
  } catch {
    // Storage can be blocked (private mode, sandboxed iframes); the theme then lasts for this page only.
  }
}

/** Applies a theme to the document: "auto" leaves it to the system's prefers-color-scheme. */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

function safeStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
