import { StringDecoder } from 'node:string_decoder';
import { fromCsvRecord } from '@customeric/domain';
import { parse as parseCsv } from 'csv-parse';

/** One record of a file or stream: the event input, or why it could not even be read. */
export type TEventRecord =
  | { line: number; raw: string; input: unknown }
  | { line: number; raw: string; problem: string };

export type TEventFileFormat = 'ndjson' | 'csv';

const MAX_LINE_BYTES = 1024 * 1024;

function toRecord(line: number, text: string): TEventRecord {
  try {
    return { line, raw: text, input: JSON.parse(text) };
  } catch (error) {
    return { line, raw: text, problem: `is not valid JSON: ${(error as Error).message}` };
  }
}

/**
 * Splits NDJSON as it arrives, one line at a time, never holding more than one line (at
 * most 1 MiB; a longer line is refused and skipped) besides the chunk being read.
 */
async function* readNdjson(body: AsyncIterable<Buffer | string>): AsyncGenerator<TEventRecord> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let line = 0;
  let skipping = false;
  for await (const chunk of body) {
    let text = pending + (typeof chunk === 'string' ? chunk : decoder.write(chunk));
    pending = '';
    if (skipping) {
      const newline = text.indexOf('\n');
      if (newline === -1) continue;
      text = text.slice(newline + 1);
      skipping = false;
    }
    const parts = text.split('\n');
    pending = parts.pop() ?? '';
    for (const part of parts) {
      line++;
      const trimmed = part.trim();
      if (trimmed) yield toRecord(line, trimmed);
    }
    if (pending.length > MAX_LINE_BYTES) {
      line++;
      yield { line, raw: pending.slice(0, 1000), problem: 'is longer than 1 MiB' };
      pending = '';
      skipping = true;
    }
  }
  const rest = (pending + decoder.end()).trim();
  if (rest && !skipping) yield toRecord(line + 1, rest);
}

/** CSV with a header row; a row csv-parse cannot read is refused with its line and carries on. */
async function* readCsv(body: AsyncIterable<Buffer | string>): AsyncGenerator<TEventRecord> {
  const skipped: TEventRecord[] = [];
  const parser = parseCsv({
    columns: (header: string[]) => header.map((name) => name.trim()),
    bom: true,
    info: true,
    raw: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: MAX_LINE_BYTES,
  });
  parser.on('skip', (error: Error & { lines?: number; raw?: string }) => {
    skipped.push({ line: error.lines ?? 0, raw: error.raw ?? '', problem: error.message });
  });
  const feeding = (async () => {
    try {
      for await (const chunk of body)
        if (!parser.write(chunk)) await new Promise((ok) => parser.once('drain', ok));
      parser.end();
    } catch (error) {
      parser.destroy(error as Error);
    }
  })();
  for await (const entry of parser as AsyncIterable<{
    record: Record<string, string>;
    raw: string;
    info: { lines: number };
  }>) {
    while (skipped.length > 0) yield skipped.shift() as TEventRecord;
    yield { line: entry.info.lines, raw: entry.raw.trimEnd(), input: fromCsvRecord(entry.record) };
  }
  await feeding;
  yield* skipped;
}

/** The records of an NDJSON or CSV body, read as it arrives. */
export function readEventRecords(
  body: AsyncIterable<Buffer | string>,
  format: TEventFileFormat,
): AsyncGenerator<TEventRecord> {
  return format === 'csv' ? readCsv(body) : readNdjson(body);
}
