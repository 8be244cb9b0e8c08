import type { TAnswerImportResult, TRejectedRow } from '@customeric/contracts';
import { withTenant } from '@customeric/db';
import { describeAnswerProblems, parseAnswer, type TSurveyKind } from '@customeric/domain';
import type { TServiceContext } from '../common/context.ts';
import { storeAnswers, type TAnswerCandidate } from './answer-store.ts';
import { loadCompiledThemes } from './answer-theming.ts';
import { readAnswerCsv, type TAnswerRecord } from './read-answer-csv.ts';
import { findSurveyRow, type TSurveyRow } from './survey-query.ts';

const MAX_LISTED_REJECTIONS = 10_000;
const RAW_LIMIT = 1_000;

export interface TAnswerImportOptions {
  customerSource?: string | undefined;
  /** Answers per transaction; each chunk is committed before the next is read. */
  chunkSize?: number;
  onProgress?: (totals: TAnswerImportResult) => void;
  now?: Date;
}

function reject(totals: TAnswerImportResult, row: TRejectedRow) {
  totals.rejected++;
  if (totals.rejectedRows.length < MAX_LISTED_REJECTIONS)
    totals.rejectedRows.push({ ...row, raw: row.raw.slice(0, RAW_LIMIT) });
  else totals.rejectedRowsOmitted++;
}

function externalIdOf(input: Record<string, unknown>): string | null {
  const value = input.externalId;
  return typeof value === 'string' ? value.slice(0, 200) : null;
}

async function storeChunk(
  context: TServiceContext,
  survey: TSurveyRow,
  chunk: Extract<TAnswerRecord, { input: unknown }>[],
  totals: TAnswerImportResult,
  options: TAnswerImportOptions,
) {
  const scale = { min: survey.scaleMin, max: survey.scaleMax };
  const now = options.now ?? new Date();
  const candidates: TAnswerCandidate[] = [];
  const problems = new Map<number, string>();
  chunk.forEach((record, index) => {
    const parsed = parseAnswer(record.input, { scale, now, defaultSource: 'import' });
    if (parsed.ok) candidates.push({ index, answer: parsed.answer });
    else problems.set(index, describeAnswerProblems(parsed.problems));
  });
  const outcomes = await withTenant(context.database, context.actor.orgId, async (tx) =>
    storeAnswers(tx, context.actor.orgId, survey, candidates, {
      via: 'import',
      customerSource: options.customerSource ?? null,
      themes: await loadCompiledThemes(tx),
    }),
  );
  for (const outcome of outcomes) {
    if (outcome.status === 'accepted') totals.accepted++;
    else if (outcome.status === 'duplicate') totals.duplicate++;
    else problems.set(outcome.index, describeAnswerProblems(outcome.problems ?? []));
  }
  [...problems.entries()]
    .sort(([a], [b]) => a - b)
    .forEach(([index, reason]) => {
      const record = chunk[index] as (typeof chunk)[number];
      reject(totals, {
        line: record.line,
        externalId: externalIdOf(record.input),
        reason,
        raw: record.raw,
      });
    });
}

/**
 * Imports answers from a CSV file of either layout (one row per answer, or feedback records)
 * as it arrives, a chunk per transaction, so memory stays flat. Sending the same file again
 * adds nothing twice: answers are idempotent on their source and external id.
 */
export async function importAnswersCsv(
  context: TServiceContext,
  surveyId: string,
  body: AsyncIterable<Buffer | string>,
  options: TAnswerImportOptions = {},
): Promise<TAnswerImportResult> {
  const survey = await withTenant(context.database, context.actor.orgId, (tx) =>
    findSurveyRow(tx, surveyId),
  );
  const chunkSize = options.chunkSize ?? 1_000;
  const totals: TAnswerImportResult = {
    layout: 'answers',
    rows: 0,
    accepted: 0,
    duplicate: 0,
    rejected: 0,
    rejectedRows: [],
    rejectedRowsOmitted: 0,
  };
  let chunk: Extract<TAnswerRecord, { input: unknown }>[] = [];
  const records = readAnswerCsv(body, survey.kind as TSurveyKind, (layout) => {
    totals.layout = layout;
  });
  for await (const record of records) {
    totals.rows += record.rows;
    if ('problem' in record) {
      reject(totals, {
        line: record.line,
        externalId: null,
        reason: record.problem,
        raw: record.raw,
      });
      continue;
    }
    chunk.push(record);
    if (chunk.length < chunkSize) continue;
    await storeChunk(context, survey, chunk, totals, options);
    chunk = [];
    options.onProgress?.(totals);
  }
  if (chunk.length > 0) await storeChunk(context, survey, chunk, totals, options);
  options.onProgress?.(totals);
  return totals;
}
