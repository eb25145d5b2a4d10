/**
 * Formula injection (CSV/spreadsheet injection): a spreadsheet treats a cell beginning with
 * = + - @, a tab or a carriage return as a formula or a command. OWASP's rule: prefix such a
 * cell with a single quote, which Excel and LibreOffice show as text. The original text stays
 * readable after the quote, so nothing the user wrote is hidden.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function isNeutralised(text: string): boolean {
  return !FORMULA_START.test(text);
}

/** A cell of an export table: text (always neutralised when written) or a number. */
export type ExportCell = string | number | null;
