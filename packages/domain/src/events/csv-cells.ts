/**
 * One CSV line (RFC 4180) whose cells a spreadsheet shows as text: a cell that starts like a
 * formula (= + - @, tab, carriage return) gets a leading apostrophe (CSV injection).
 */
export function formatCsvLine(cells: readonly (string | number | null)[]): string {
  return cells
    .map((value) => {
      let text = value === null ? '' : String(value);
      if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
      return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(',');
}

/** The columns of a rejected-rows file, from the web upload and the command line alike. */
export const REJECTED_ROWS_COLUMNS = ['line', 'externalId', 'reason', 'row'] as const;
