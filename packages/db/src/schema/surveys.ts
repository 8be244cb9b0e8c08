import { jsonb, pgTable, primaryKey, smallint, text, timestamp } from 'drizzle-orm/pg-core';

/** A survey's other questions, after its one score question and comment. */
export interface TSurveyQuestionRow {
  id: string;
  kind: 'text' | 'choice' | 'rating';
  prompt: string;
  options: string[];
  required: boolean;
}

export const surveys = pgTable(
  'surveys',
  {
    orgId: text('org_id').notNull(),
    id: text('id').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    question: text('question').notNull(),
    commentPrompt: text('comment_prompt'),
    scaleMin: smallint('scale_min').notNull(),
    scaleMax: smallint('scale_max').notNull(),
    lowLabel: text('low_label'),
    highLabel: text('high_label'),
    questions: jsonb('questions').$type<TSurveyQuestionRow[]>().notNull().default([]),
    language: text('language').notNull().default('en'),
    touchpointType: text('touchpoint_type'),
    departmentId: text('department_id'),
    valueChainId: text('value_chain_id'),
    stageId: text('stage_id'),
    status: text('status').notNull().default('draft'),
    recontactDays: smallint('recontact_days'),
    thankYouMessage: text('thank_you_message'),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);
