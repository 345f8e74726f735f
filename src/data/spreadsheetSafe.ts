// A cell a spreadsheet reads as a formula (or, after a tab or carriage return, may strip to one),
// behind any apostrophes already there: "'=1" must also gain one, or it would not read back as written.
const FORMULA_START = /^'*[=+\-@\t\r]/;
// A plain number ("-5", "+1.5e3") is not a formula, and a spreadsheet should read it as the number.
const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

const needsApostrophe = (cell: string) =>
  FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell.replace(/^'+/, ''));

/**
 * A text cell made safe to open in a spreadsheet, as OWASP advises against CSV injection: a cell
 * that starts with =, +, -, @, a tab or a carriage return gets a leading apostrophe, so
 * `=HYPERLINK("http://evil.example","click")` shows as text instead of running. Plain numbers are
 * left as they are. `unescapeSpreadsheetCell` removes the apostrophe when the file is read back.
 */
export function spreadsheetSafe(cell: string): string {
  return needsApostrophe(cell) ? `'${cell}` : cell;
}

/** A cell as it was before `spreadsheetSafe`, so a downloaded CSV reads back unchanged. */
export function unescapeSpreadsheetCell(cell: string): string {
  return cell.startsWith("'") && needsApostrophe(cell) ? cell.slice(1) : cell;
}
