import { bigint, date, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/**
 * Score counts per organisation, kind, period (week or month) and cell of department, stage,
 * value chain, segment and relationship level ('' when an answer does not carry one). Kept
 * up to date by triggers on survey_answers (migration 0010): never written by the app.
 */
export const scoreCounts = pgTable(
  'score_counts',
  {
    orgId: text('org_id').notNull(),
    kind: text('kind').notNull(),
    grain: text('grain').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    departmentId: text('department_id').notNull(),
    stageId: text('stage_id').notNull(),
    valueChainId: text('value_chain_id').notNull(),
    segment: text('segment').notNull(),
    relationshipLevel: text('relationship_level').notNull(),
    n: bigint('n', { mode: 'number' }).notNull(),
    promoters: bigint('promoters', { mode: 'number' }).notNull(),
    passives: bigint('passives', { mode: 'number' }).notNull(),
    detractors: bigint('detractors', { mode: 'number' }).notNull(),
    top2: bigint('top2', { mode: 'number' }).notNull(),
    scoreSum: bigint('score_sum', { mode: 'number' }).notNull(),
    scoreSumsq: bigint('score_sumsq', { mode: 'number' }).notNull(),
  },
  (table) => [
    primaryKey({
      columns: [
        table.orgId,
        table.kind,
        table.grain,
        table.periodStart,
        table.departmentId,
        table.stageId,
        table.valueChainId,
        table.segment,
        table.relationshipLevel,
      ],
    }),
  ],
);
