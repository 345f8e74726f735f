// Far above any real timeline, low enough that a wrong file cannot freeze the page.

/** The most characters a reader's file may have. */
export const MAX_CHARACTERS = 40_000_000;
/** The most rows (CSV) or events (JSON) a reader's file may have. */
export const MAX_ROWS = 200_000;
/** The largest download accepted, by its Content-Length (a character takes up to 4 bytes in UTF-8). */
export const MAX_FILE_BYTES = MAX_CHARACTERS * 4;
