import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Transform } from 'node:stream';
import type { TEventStreamResult } from '@customeric/contracts';
import type { TDatabase } from '@customeric/db';
import { formatCsvLine, REJECTED_ROWS_COLUMNS } from '@customeric/domain';
import { ingestEventStream, readEventRecords, type TEventFileFormat } from '@customeric/services';
import { buildCliActor, getOrgIdBySlug } from '../administration.ts';
import { CliError } from '../cli-error.ts';
import type { TProgress } from './progress.ts';

export interface TImportEventsInput {
  file: string;
  org: string;
  format?: TEventFileFormat;
  batchSize: number;
  rejectedFile: string;
}

export function detectFormat(file: string, given: string | undefined): TEventFileFormat {
  const format =
    given ?? (/\.csv$/i.test(file) ? 'csv' : /\.(nd)?jsonl?$/i.test(file) ? 'ndjson' : undefined);
  if (format === 'csv' || format === 'ndjson') return format;
  throw new CliError(
    `Cannot tell the format of ${file} from its name; add --format csv or --format ndjson.`,
  );
}

/** Counts the bytes that pass, for the progress bar. */
function countBytes(onBytes: (total: number) => void) {
  let total = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      total += chunk.length;
      onBytes(total);
      callback(null, chunk);
    },
  });
}

/**
 * Streams a file from disk into the events table through the same service the API uses, a
 * batch per transaction, writing every rejected row with its reason to a CSV as it goes.
 */
export async function importEventFile(
  database: TDatabase,
  input: TImportEventsInput,
  progress: (size: number) => TProgress,
): Promise<TEventStreamResult & { rejectedFile: string | null }> {
  const size = (
    await stat(input.file).catch(() => {
      throw new CliError(`There is no file ${input.file}.`);
    })
  ).size;
  const format = detectFormat(input.file, input.format);
  const orgId = await getOrgIdBySlug(database, input.org);
  const bar = progress(size);
  let bytesRead = 0;
  const source = createReadStream(input.file, { highWaterMark: 1024 * 1024 }).pipe(
    countBytes((total) => {
      bytesRead = total;
    }),
  );
  const rejected = createWriteStream(input.rejectedFile);
  rejected.write(`${formatCsvLine(REJECTED_ROWS_COLUMNS)}\r\n`);
  try {
    const result = await ingestEventStream(
      { database, actor: buildCliActor(orgId) },
      readEventRecords(source, format),
      {
        via: 'cli',
        chunkSize: input.batchSize,
        onProgress: (totals) => bar.update(bytesRead, totals.rows),
        onRejected: (row) =>
          rejected.write(`${formatCsvLine([row.line, row.externalId, row.reason, row.raw])}\r\n`),
      },
    );
    bar.finish(result.rows);
    return { ...result, rejectedFile: result.rejected > 0 ? input.rejectedFile : null };
  } finally {
    await new Promise((resolve) => rejected.end(resolve));
  }
}
