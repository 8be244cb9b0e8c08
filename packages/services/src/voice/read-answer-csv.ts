import {
  detectAnswerCsvLayout,
  fromAnswerCsvRecord,
  groupFeedbackRecords,
  submissionKeyOf,
  type TAnswerCsvLayout,
  type TFeedbackRecordRow,
  type TSurveyKind,
} from '@customeric/domain';
import { parse as parseCsv } from 'csv-parse';

/** One answer read from a file, or why a row could not even be read. */
export type TAnswerRecord =
  | { line: number; raw: string; input: Record<string, unknown>; rows: number }
  | { line: number; raw: string; problem: string; rows: number };

const MAX_RECORD_BYTES = 1024 * 1024;

type TCsvEntry = { record: Record<string, string>; raw: string; info: { lines: number } };

/** CSV rows as they arrive, with the header's layout; an unreadable row is named and skipped. */
async function* readRows(
  body: AsyncIterable<Buffer | string>,
  onLayout: (layout: TAnswerCsvLayout) => void,
): AsyncGenerator<TFeedbackRecordRow | { line: number; raw: string; problem: string }> {
  const skipped: { line: number; raw: string; problem: string }[] = [];
  const parser = parseCsv({
    columns: (header: string[]) => {
      onLayout(detectAnswerCsvLayout(header));
      return header.map((name) => name.trim());
    },
    bom: true,
    info: true,
    raw: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: MAX_RECORD_BYTES,
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
  for await (const entry of parser as AsyncIterable<TCsvEntry>) {
    while (skipped.length > 0)
      yield skipped.shift() as { line: number; raw: string; problem: string };
    yield { line: entry.info.lines, raw: entry.raw.trimEnd(), record: entry.record };
  }
  await feeding;
  yield* skipped;
}

/**
 * The answers of a CSV file in either layout, read as it arrives. In the feedback-records
 * layout the rows of one submission, next to each other, make one answer: memory holds one
 * submission at a time whatever the length of the file.
 */
export async function* readAnswerCsv(
  body: AsyncIterable<Buffer | string>,
  kind: TSurveyKind,
  onLayout: (layout: TAnswerCsvLayout) => void,
): AsyncGenerator<TAnswerRecord> {
  let layout: TAnswerCsvLayout = 'answers';
  let group: TFeedbackRecordRow[] = [];
  const flush = () => {
    const made = groupFeedbackRecords(group, kind);
    group = [];
    return {
      line: made.lines[0] as number,
      raw: made.raw,
      input: made.input,
      rows: made.lines.length,
    };
  };
  for await (const row of readRows(body, (found) => {
    layout = found;
    onLayout(found);
  })) {
    if ('problem' in row) yield { ...row, rows: 1 };
    else if (layout === 'answers')
      yield { line: row.line, raw: row.raw, input: fromAnswerCsvRecord(row.record), rows: 1 };
    else {
      const first = group[0];
      if (first && submissionKeyOf(first) !== submissionKeyOf(row)) yield flush();
      group.push(row);
    }
  }
  if (group.length > 0) yield flush();
}
