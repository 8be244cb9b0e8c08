import type { TRejectedRow } from '@customeric/contracts';
import { formatCsvLine, REJECTED_ROWS_COLUMNS } from '@customeric/domain';

/** The rejected rows of an upload as a CSV to download: line, external id, reason, the row itself. */
export function buildRejectedRowsCsv(rows: readonly TRejectedRow[]): string {
  const lines = [formatCsvLine(REJECTED_ROWS_COLUMNS)];
  for (const row of rows)
    lines.push(formatCsvLine([row.line, row.externalId, row.reason, row.raw]));
  return `${lines.join('\r\n')}\r\n`;
}
