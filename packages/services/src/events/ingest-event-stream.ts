import type { TEventStreamResult, TRejectedRow } from '@customeric/contracts';
import { withTenant } from '@customeric/db';
import { describeEventProblems } from '@customeric/domain';
import type { TServiceContext } from '../common/context.ts';
import { ingestEventsInTransaction } from './ingest-events.ts';
import type { TEventRecord } from './read-event-records.ts';
import { recordIngest, type TIngestVia } from './record-ingest.ts';

const MAX_LISTED_REJECTIONS = 10_000;
const RAW_LIMIT = 1_000;

export interface TStreamOptions {
  via: Extract<TIngestVia, 'stream' | 'upload' | 'cli'>;
  /** Events per transaction; each chunk is committed before the next is read. */
  chunkSize?: number;
  /** Called after each committed chunk, with the totals so far. */
  onProgress?: (totals: TEventStreamResult) => void;
  /** Called with every rejected row, also those beyond the ones the result lists. */
  onRejected?: (row: TRejectedRow) => void;
}

function externalIdOf(input: unknown): string | null {
  const value = (input as { externalId?: unknown } | null)?.externalId;
  return typeof value === 'string' || typeof value === 'number'
    ? String(value).slice(0, 200)
    : null;
}

function addRejection(totals: TEventStreamResult, row: TRejectedRow): void {
  totals.rejected++;
  if (totals.rejectedRows.length < MAX_LISTED_REJECTIONS)
    totals.rejectedRows.push({ ...row, raw: row.raw.slice(0, RAW_LIMIT) });
  else totals.rejectedRowsOmitted++;
}

async function ingestChunk(
  context: TServiceContext,
  chunk: TEventRecord[],
  totals: TEventStreamResult,
  onRejected: TStreamOptions['onRejected'],
) {
  const readable = chunk.filter(
    (record): record is Extract<TEventRecord, { input: unknown }> => 'input' in record,
  );
  const result = await withTenant(context.database, context.actor.orgId, (tx) =>
    ingestEventsInTransaction(
      tx,
      context.actor.orgId,
      readable.map((record) => record.input),
    ),
  );
  totals.accepted += result.accepted;
  totals.duplicate += result.duplicate;
  const rejections: TRejectedRow[] = [];
  for (const record of chunk) {
    if ('problem' in record)
      rejections.push({
        line: record.line,
        externalId: null,
        reason: record.problem,
        raw: record.raw,
      });
  }
  for (const entry of result.results) {
    if (entry.status !== 'rejected') continue;
    const record = readable[entry.index] as Extract<TEventRecord, { input: unknown }>;
    rejections.push({
      line: record.line,
      externalId: externalIdOf(record.input),
      reason: describeEventProblems(entry.problems ?? []),
      raw: record.raw,
    });
  }
  rejections.sort((a, b) => a.line - b.line);
  for (const rejection of rejections) {
    addRejection(totals, rejection);
    onRejected?.(rejection);
  }
}

/**
 * Ingests records as they are read, a chunk per transaction, so memory stays flat whatever
 * the length of the stream. A chunk is committed before the next one is read: if the stream
 * breaks off, what was committed stays, and sending the whole stream again only adds what
 * is missing (events are idempotent on their source and external id).
 */
export async function ingestEventStream(
  context: TServiceContext,
  records: AsyncIterable<TEventRecord>,
  options: TStreamOptions,
): Promise<TEventStreamResult> {
  const startedAt = new Date();
  const chunkSize = options.chunkSize ?? 2_000;
  const totals: TEventStreamResult = {
    rows: 0,
    accepted: 0,
    duplicate: 0,
    rejected: 0,
    rejectedRows: [],
    rejectedRowsOmitted: 0,
  };
  let chunk: TEventRecord[] = [];
  for await (const record of records) {
    totals.rows++;
    chunk.push(record);
    if (chunk.length < chunkSize) continue;
    await ingestChunk(context, chunk, totals, options.onRejected);
    chunk = [];
    options.onProgress?.(totals);
  }
  if (chunk.length > 0) await ingestChunk(context, chunk, totals, options.onRejected);
  await withTenant(context.database, context.actor.orgId, (tx) =>
    recordIngest(tx, context.actor, options.via, totals, startedAt),
  );
  options.onProgress?.(totals);
  return totals;
}
