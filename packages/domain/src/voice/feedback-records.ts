import { ANSWER_FIELDS } from './answer-input.ts';
import type { TSurveyKind } from './survey-kinds.ts';

/**
 * Answers arrive in CSV files in one of two layouts, told apart by the header:
 * - `answers`: one row per answer (externalId, customerId or customerExternalId or
 *   contactEmail, score, comment, answeredAt, language; any other column is the answer to
 *   another question of that name);
 * - `feedback_records`: one row per answered field, like Formbricks Hub's feedback records
 *   (submission_id, collected_at, field_id, field_type, value_number, value_text, language,
 *   user_id). The rows of one submission, next to each other as Hub exports them, make one
 *   answer: its nps/csat/ces/rating/number row is the score, its first text row the comment.
 */
export type TAnswerCsvLayout = 'answers' | 'feedback_records';

export function detectAnswerCsvLayout(header: readonly string[]): TAnswerCsvLayout {
  const names = new Set(header.map((name) => name.trim().toLowerCase()));
  return names.has('field_type') ? 'feedback_records' : 'answers';
}

const COLUMNS = new Map<string, string>(ANSWER_FIELDS.map((field) => [field.toLowerCase(), field]));

/** One row of the `answers` layout as an answer input; column names are matched without case. */
export function fromAnswerCsvRecord(record: Record<string, string>): Record<string, unknown> {
  const answer: Record<string, unknown> = {};
  const answers: Record<string, string> = {};
  for (const [header, cell] of Object.entries(record)) {
    if (cell === undefined || cell.trim() === '') continue;
    const field = COLUMNS.get(header.trim().toLowerCase());
    if (field && field !== 'answers') answer[field] = cell;
    else answers[header.trim()] = cell;
  }
  if (Object.keys(answers).length > 0) answer.answers = answers;
  return answer;
}

export interface TFeedbackRecordRow {
  line: number;
  raw: string;
  record: Record<string, string>;
}

export interface TFeedbackRecordGroup {
  lines: number[];
  raw: string;
  /** The answer input made from the group, for parseAnswer. */
  input: Record<string, unknown>;
}

const SCORE_TYPES = ['nps', 'csat', 'ces', 'rating', 'number'];
const NAIVE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

function cell(record: Record<string, string>, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = record[name]?.trim();
    if (value) return value;
  }
  return undefined;
}

function customerFields(userId: string | undefined): Record<string, string> {
  if (!userId) return {};
  if (/^cus_/.test(userId)) return { customerId: userId };
  if (userId.includes('@')) return { contactEmail: userId };
  return { customerExternalId: userId };
}

function pickScoreRow(rows: readonly TFeedbackRecordRow[], kind: TSurveyKind) {
  const scored = rows.filter((row) =>
    SCORE_TYPES.includes((cell(row.record, 'field_type') ?? '').toLowerCase()),
  );
  return scored.find((row) => cell(row.record, 'field_type')?.toLowerCase() === kind) ?? scored[0];
}

/** One submission's rows as one answer input (the missing score is left for parseAnswer to name). */
export function groupFeedbackRecords(
  rows: readonly TFeedbackRecordRow[],
  kind: TSurveyKind,
): TFeedbackRecordGroup {
  const first = rows[0] as TFeedbackRecordRow;
  const scoreRow = pickScoreRow(rows, kind);
  const texts = rows.filter((row) => cell(row.record, 'field_type')?.toLowerCase() === 'text');
  const comment = texts[0] ? cell(texts[0].record, 'value_text') : undefined;
  const answers: Record<string, string> = {};
  for (const row of rows) {
    if (row === scoreRow || row === texts[0]) continue;
    const field = cell(row.record, 'field_id') ?? `line ${row.line}`;
    const value = cell(row.record, 'value_text', 'value_number', 'value_boolean', 'value_date');
    if (value !== undefined) answers[field] = value;
  }
  const at = cell(scoreRow?.record ?? first.record, 'collected_at', 'created_at');
  const input: Record<string, unknown> = {
    source: cell(first.record, 'source_type') ?? 'feedback-records',
    externalId: cell(first.record, 'submission_id') ?? cell(first.record, 'id'),
    ...customerFields(cell(first.record, 'user_id', 'user_identifier')),
    score: scoreRow ? cell(scoreRow.record, 'value_number') : undefined,
    comment,
    answeredAt: at && NAIVE_TIME.test(at) ? `${at.replace(' ', 'T')}Z` : at,
    language: cell(first.record, 'language'),
  };
  if (Object.keys(answers).length > 0) input.answers = answers;
  return { lines: rows.map((row) => row.line), raw: rows.map((row) => row.raw).join('\n'), input };
}

/** The submission a feedback record belongs to; a row without one is a submission of its own. */
export function submissionKeyOf(row: TFeedbackRecordRow): string {
  return cell(row.record, 'submission_id') ?? `line:${row.line}`;
}
