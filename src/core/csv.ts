// CSV as spreadsheets read it (RFC 4180, CRLF line ends), for exports of untrusted data: a cell a
// spreadsheet would take for a formula (starting with = + - @, a tab or a carriage return) is made
// text with a leading apostrophe, so `=HYPERLINK(...)` in a customer's name never runs (OWASP's
// "CSV injection"). A file starts with a byte-order mark, so Excel reads Thai and Polish as UTF-8.

/** The byte-order mark that starts a file. */
export const CSV_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: neutralised if it could run as a formula, quoted if it holds a comma, quote or line break. */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line, with its line end. */
export function csvLine(values: readonly unknown[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
