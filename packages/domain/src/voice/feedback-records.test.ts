import { describe, expect, it } from 'vitest';
import {
  detectAnswerCsvLayout,
  fromAnswerCsvRecord,
  groupFeedbackRecords,
  submissionKeyOf,
  type TFeedbackRecordRow,
} from './feedback-records.ts';

const row = (line: number, record: Record<string, string>): TFeedbackRecordRow => ({
  line,
  raw: Object.values(record).join(','),
  record,
});

describe('CSV layouts of answers', () => {
  it('tells the feedback-records layout by its field_type column', () => {
    expect(detectAnswerCsvLayout(['submission_id', 'Field_Type', 'value_number'])).toBe(
      'feedback_records',
    );
    expect(detectAnswerCsvLayout(['externalId', 'score', 'comment'])).toBe('answers');
  });

  it('reads a one-row-per-answer row, other columns being answers to other questions', () => {
    expect(
      fromAnswerCsvRecord({
        ExternalId: 'R-1',
        customerexternalid: 'C-1',
        Score: '8',
        comment: '',
        'Would you buy again': 'yes',
      }),
    ).toEqual({
      externalId: 'R-1',
      customerExternalId: 'C-1',
      score: '8',
      answers: { 'Would you buy again': 'yes' },
    });
  });

  it('makes one answer of the rows of one submission: score, comment and the rest', () => {
    const rows = [
      row(2, {
        submission_id: 'S-1',
        collected_at: '2026-03-01 09:30:00',
        field_id: 'nps',
        field_type: 'nps',
        value_number: '3',
        user_id: 'ann@example.com',
        language: 'de',
        source_type: 'formbricks',
      }),
      row(3, {
        submission_id: 'S-1',
        field_id: 'why',
        field_type: 'text',
        value_text: 'Rechnung falsch',
      }),
      row(4, {
        submission_id: 'S-1',
        field_id: 'plan',
        field_type: 'categorical',
        value_text: 'Pro',
      }),
    ];
    expect(submissionKeyOf(rows[0] as TFeedbackRecordRow)).toBe('S-1');
    expect(groupFeedbackRecords(rows, 'nps')).toEqual({
      lines: [2, 3, 4],
      raw: rows.map((entry) => entry.raw).join('\n'),
      input: {
        source: 'formbricks',
        externalId: 'S-1',
        contactEmail: 'ann@example.com',
        score: '3',
        comment: 'Rechnung falsch',
        answeredAt: '2026-03-01T09:30:00Z',
        language: 'de',
        answers: { plan: 'Pro' },
      },
    });
  });

  it('prefers the score row of the survey’s own kind, and names the customer by id or external id', () => {
    const rows = [
      row(2, { submission_id: 'S-2', field_type: 'rating', value_number: '4', user_id: 'C-7' }),
      row(3, {
        submission_id: 'S-2',
        field_type: 'csat',
        value_number: '5',
        collected_at: '2026-03-01T10:00:00Z',
      }),
    ];
    const { input } = groupFeedbackRecords(rows, 'csat');
    expect(input).toMatchObject({
      score: '5',
      customerExternalId: 'C-7',
      source: 'feedback-records',
    });
    expect(input.answers).toEqual({ 'line 2': '4' });
    const byId = groupFeedbackRecords(
      [row(5, { field_type: 'nps', value_number: '9', user_id: 'cus_01jd0000000000000000000000' })],
      'nps',
    );
    expect(byId.input).toMatchObject({ customerId: 'cus_01jd0000000000000000000000' });
  });

  it('leaves the score out of a submission without a score row, for the parser to name', () => {
    const { input } = groupFeedbackRecords(
      [row(2, { submission_id: 'S-3', field_type: 'text', value_text: 'hello' })],
      'nps',
    );
    expect(input.score).toBeUndefined();
    expect(input.comment).toBe('hello');
  });
});
