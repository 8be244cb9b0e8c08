import { PEOPLE_CSV_COLUMNS, PEOPLE_CSV_REQUIRED_COLUMNS } from '@customeric/contracts';
import { parse } from 'csv-parse/sync';
import { AppError } from '../../common/app-error.ts';
import { unprotectCell } from './csv-cells.ts';

export type TPeopleColumn = (typeof PEOPLE_CSV_COLUMNS)[number];

/** One data row: the line it ends on, and its cells by known column. */
export interface TCsvRow {
  row: number;
  cells: Partial<Record<TPeopleColumn, string>>;
}

export interface TParsedPeopleCsv {
  columns: TPeopleColumn[];
  ignoredColumns: string[];
  rows: TCsvRow[];
}

// Spreadsheet headings people tend to write, mapped to ours.
const ALIASES: Record<string, TPeopleColumn> = {
  e_mail: 'email',
  email_address: 'email',
  full_name: 'name',
  manager: 'manager_email',
  is_executive: 'executive',
  share: 'customer_work_share',
  customer_work: 'customer_work_share',
};

function normalizeHeading(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/%/g, '')
    .trim()
    .replace(/[\s-]+/g, '_');
}

function isKnown(name: string): name is TPeopleColumn {
  return (PEOPLE_CSV_COLUMNS as readonly string[]).includes(name);
}

function readRecords(csv: string): { record: string[]; info: { lines: number } }[] {
  try {
    // With info: true each record comes with the line it ends on (typed as plain arrays).
    return parse(csv, {
      bom: true,
      info: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      relax_column_count: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new AppError('validation_failed', {
      detail: `The file is not valid CSV${line ? ` near row ${line}` : ''}: ${(error as Error).message}.`,
      errors: [{ pointer: '/csv', message: 'is not valid CSV' }],
    });
  }
}

function structuralError(detail: string, pointer: string, message: string): AppError {
  return new AppError('validation_failed', { detail, errors: [{ pointer, message }] });
}

/** The header decides which columns the file speaks for; a missing required one stops it all. */
function readHeader(header: string[]) {
  const positions = new Map<TPeopleColumn, number>();
  const ignoredColumns: string[] = [];
  header.forEach((heading, index) => {
    const normalized = normalizeHeading(heading);
    const name = ALIASES[normalized] ?? normalized;
    if (!isKnown(name)) {
      if (heading.trim()) ignoredColumns.push(heading.trim());
      return;
    }
    if (positions.has(name))
      throw structuralError(
        `Row 1 names the column ${name} twice; keep one.`,
        `/csv/columns/${name}`,
        'appears twice in the header',
      );
    positions.set(name, index);
  });
  const missing = PEOPLE_CSV_REQUIRED_COLUMNS.filter((name) => !positions.has(name));
  if (missing.length > 0) {
    throw new AppError('validation_failed', {
      detail: `Row 1 (the header) has no ${missing.join(' or ')} column. A people file needs at least the columns email and name; nothing was imported.`,
      errors: missing.map((name) => ({
        pointer: `/csv/columns/${name}`,
        message: `row 1: the column ${name} is missing`,
      })),
    });
  }
  return { positions, ignoredColumns };
}

export function parsePeopleCsv(csv: string): TParsedPeopleCsv {
  const [header, ...records] = readRecords(csv);
  if (!header) throw structuralError('The file is empty.', '/csv', 'is empty');
  const { positions, ignoredColumns } = readHeader(header.record);
  const rows = records.map(({ record, info }) => {
    const cells: TCsvRow['cells'] = {};
    for (const [name, index] of positions)
      cells[name] = unprotectCell((record[index] ?? '').trim());
    return { row: info.lines, cells };
  });
  return { columns: [...positions.keys()], ignoredColumns, rows };
}
