// What a browser tab holds with room to spare: a 250-million-character file of a million events
// parses in a worker and draws (clusters keep the drawing small), while a wrong file (a disk
// image, a gzip bomb) is refused before it can exhaust the tab's memory.

/** The most characters a reader's file may have (250 MB of plain UTF-8 text). */
export const MAX_CHARACTERS = 250_000_000;
/** The most rows (CSV) or events (JSON) a reader's file may have. */
export const MAX_ROWS = 1_000_000;
/** The largest download accepted, by its Content-Length (a character takes up to 4 bytes in UTF-8). */
export const MAX_FILE_BYTES = MAX_CHARACTERS * 4;

/** Why a file whose text passed MAX_CHARACTERS while it was being read is refused. */
export const TOO_MUCH_TEXT = `is too large to import: its text is more than ${MAX_CHARACTERS.toLocaleString('en-US')} characters (once uncompressed). Split it into smaller files.`;
