import type {
  TMarketFigures,
  TMarketImportResult,
  TProblemFieldError,
} from '@customeric/contracts';
import { newId, schema, type TTransaction, withTenant } from '@customeric/db';
import { parsePeriod } from '@customeric/domain';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { AppError } from '../common/app-error.ts';
import type { TServiceContext } from '../common/context.ts';
import { saveMarketEntriesIn, type TMarketEntry } from './save-market-periods.ts';

const MONEY = ['market_size', 'revenue', 'profit'] as const;
const KNOWN = new Set(['period', 'our_share', 'currency', 'note', ...MONEY]);
const SHARE_PREFIX = 'share:';
const MAX_ROWS = 1_000;

type TRecord = Record<string, string>;

function readNumber(text: string | undefined): number | null | 'invalid' {
  const cell = text?.trim() ?? '';
  if (cell === '') return null;
  const value = Number(cell);
  return Number.isFinite(value) ? value : 'invalid';
}

/** 0.235 or 23.5 % (a bare number above 1 is refused: it is unclear which was meant). */
function readShare(text: string | undefined): number | null | 'invalid' {
  const cell = text?.trim() ?? '';
  if (cell.endsWith('%')) {
    const value = readNumber(cell.slice(0, -1));
    return typeof value === 'number' ? value / 100 : value;
  }
  const value = readNumber(cell);
  return typeof value === 'number' && value > 1 ? 'invalid' : value;
}

function readRow(record: TRecord, line: number, competitorIds: Map<string, string>) {
  const problems: TProblemFieldError[] = [];
  const pointer = (column: string) => `/line/${line}/${column}`;
  const money = (column: (typeof MONEY)[number]) => {
    const value = readNumber(record[column]);
    if (value === 'invalid')
      problems.push({ pointer: pointer(column), message: 'must be a number like 1250000.50' });
    return value === 'invalid' ? null : value;
  };
  const share = (column: string) => {
    const value = readShare(record[column]);
    if (value === 'invalid' || (value !== null && (value < 0 || value > 1)))
      problems.push({ pointer: pointer(column), message: 'must be a share like 0.235 or 23.5 %' });
    return value === 'invalid' ? null : value;
  };
  const shares = Object.keys(record)
    .filter((column) => column.startsWith(SHARE_PREFIX))
    .flatMap((column) => {
      const value = share(column);
      const id = competitorIds.get(column.slice(SHARE_PREFIX.length).trim().toLowerCase());
      return value === null || !id ? [] : [{ competitorId: id, share: value }];
    });
  const period = parsePeriod(record.period ?? '');
  if (!period || period.grain === 'week')
    problems.push({
      pointer: pointer('period'),
      message: 'must be a month (2026-03), a quarter (2026-Q1) or a year (2026)',
    });
  const currency = record.currency?.trim().toUpperCase() || null;
  if (currency && !/^[A-Z]{3}$/.test(currency))
    problems.push({ pointer: pointer('currency'), message: 'must be a code like EUR' });
  const figures: TMarketFigures = {
    marketSize: money('market_size'),
    ourShare: share('our_share'),
    revenue: money('revenue'),
    profit: money('profit'),
    currency,
    note: record.note?.trim() || null,
    competitorShares: shares,
  };
  return {
    entry: { period: record.period?.trim() ?? '', figures, pointer: `/line/${line}` },
    problems,
  };
}

async function ensureCompetitors(tx: TTransaction, orgId: string, names: string[]) {
  const existing = await tx.execute<{ id: string; name: string }>(
    sql`SELECT id, name FROM competitors`,
  );
  const ids = new Map(existing.rows.map((row) => [row.name.toLowerCase(), row.id]));
  const created: string[] = [];
  for (const name of names) {
    if (ids.has(name.toLowerCase())) continue;
    const id = newId('cmp');
    await tx.insert(schema.competitors).values({ orgId, id, name });
    ids.set(name.toLowerCase(), id);
    created.push(name);
  }
  return { ids, created };
}

function parseRecords(csv: string): TRecord[] {
  try {
    return parse(csv, {
      columns: (header: string[]) => header.map((h) => h.trim()),
      skip_empty_lines: true,
      bom: true,
      trim: true,
    });
  } catch (error) {
    throw new AppError('validation_failed', {
      detail: `The file is not readable CSV: ${(error as Error).message}`,
    });
  }
}

/**
 * Market periods from a CSV file: a header row with `period` (2026-Q1, 2026-03 or 2026) and
 * any of market_size, our_share, revenue, profit, currency, note, and one `share:<name>`
 * column per competitor (unknown names become competitors). A period already stored is
 * replaced. All rows are saved, or none: the problems of every row are reported at once.
 */
export async function importMarketCsv(
  context: TServiceContext,
  csv: string,
): Promise<TMarketImportResult> {
  const records = parseRecords(csv);
  const columns = Object.keys(records[0] ?? {});
  if (!columns.includes('period'))
    throw new AppError('validation_failed', {
      detail: 'The file needs a header row with a period column (2026-Q1, 2026-03 or 2026).',
    });
  if (records.length > MAX_ROWS)
    throw new AppError('validation_failed', {
      detail: `A file may hold at most ${MAX_ROWS} periods.`,
    });
  const unknown = columns.filter(
    (column) => !KNOWN.has(column) && !column.startsWith(SHARE_PREFIX),
  );
  if (unknown.length > 0)
    throw new AppError('validation_failed', {
      detail: `Unknown columns: ${unknown.join(', ')}. Competitor shares go in columns named share:<competitor>.`,
    });
  const names = columns
    .filter((c) => c.startsWith(SHARE_PREFIX))
    .map((c) => c.slice(SHARE_PREFIX.length).trim());
  return withTenant(context.database, context.actor.orgId, async (tx) => {
    const { ids, created } = await ensureCompetitors(tx, context.actor.orgId, names);
    const rows = records.map((record, index) => readRow(record, index + 2, ids));
    const seen = new Set<string>();
    for (const row of rows) {
      if (seen.has(row.entry.period))
        row.problems.push({
          pointer: `${row.entry.pointer}/period`,
          message: 'appears twice in the file',
        });
      seen.add(row.entry.period);
    }
    const problems = rows.flatMap((row) => row.problems);
    if (problems.length > 0)
      throw new AppError('validation_failed', {
        detail: `${new Set(problems.map((p) => p.pointer.split('/')[2])).size} rows have problems; nothing was saved.`,
        errors: problems,
      });
    const entries: TMarketEntry[] = rows.map((row) => row.entry);
    await saveMarketEntriesIn(tx, context.actor, entries, 'import');
    return { rows: records.length, saved: entries.length, competitorsCreated: created };
  });
}
